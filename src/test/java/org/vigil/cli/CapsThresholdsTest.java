package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The role model card's section on the thresholds for text in capitals, written again each time they are chosen. */
class CapsThresholdsTest {

  private static final String CARD = "# Model card\n\nText.\n\n| measure | figure |\n| --- | --- |\n| a | 1 |\n\n"
      + "## Limitations\n\n- Few.\n";

  @Test
  void the_section_goes_before_the_limitations() {
    String out = CapsThresholds.withSection(CARD, CapsThresholds.HEADING + "\n\nChosen once.\n");
    assertThat(out).startsWith("# Model card\n\nText.").contains("| a | 1 |\n\n" + CapsThresholds.HEADING
        + "\n\nChosen once.\n\n## Limitations\n\n- Few.\n");
  }

  @Test
  void choosing_again_replaces_the_section_and_leaves_the_rest_of_the_card() {
    String once = CapsThresholds.withSection(CARD, CapsThresholds.HEADING + "\n\nChosen once.\n");
    String twice = CapsThresholds.withSection(once, CapsThresholds.HEADING + "\n\nChosen twice.\n");
    assertThat(twice).isEqualTo(CARD.replace("## Limitations", CapsThresholds.HEADING + "\n\nChosen twice.\n\n## Limitations"));
  }

  @Test
  void a_card_without_limitations_gets_the_section_at_its_end() {
    assertThat(CapsThresholds.withSection("# Card\n", "## S\n")).isEqualTo("# Card\n\n## S\n");
  }
}
