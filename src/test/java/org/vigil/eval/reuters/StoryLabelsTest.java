package org.vigil.eval.reuters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;

class StoryLabelsTest {

  @Test
  void reads_ids_labels_and_reasons_skipping_comments_and_blank_lines() {
    StoryLabels l = StoryLabels.parse("labels.tsv", "# comment\n\nreuters-1\tyes\tbombing\nreuters-2\tno\tsport\n");
    assertThat(l.all()).containsExactly(new StoryLabel("reuters-1", true, Reason.BOMBING),
        new StoryLabel("reuters-2", false, Reason.SPORT));
    assertThat(l.find("reuters-2")).map(StoryLabel::reason).contains(Reason.SPORT);
    assertThat(l.find("reuters-3")).isEmpty();
    assertThat(l.problems()).isEmpty();
  }

  @Test
  void a_bad_line_is_a_diagnostic_with_its_line_and_what_is_wrong_and_the_rest_is_read() {
    StoryLabels l = StoryLabels.parse("labels.tsv", "reuters-1\tmaybe\tbombing\n"
        + "reuters-2\tno\tweather\n" + "reuters-3\tyes\tsport\n" + "reuters-4\tyes\n"
        + "reuters-5\tno\tmarket\n" + "reuters-5\tyes\tattack\n");
    assertThat(l.all()).extracting(StoryLabel::id).containsExactly("reuters-5");
    assertThat(l.problems()).extracting(Diagnostic::line).containsExactly(1, 2, 3, 4, 6);
    assertThat(l.problems().get(0).reason()).isEqualTo("label 'maybe' of reuters-1 is not yes or no; line skipped");
    assertThat(l.problems().get(1).reason()).startsWith("reason 'weather' of reuters-2 is not one of [attack,");
    assertThat(l.problems().get(2).reason()).contains("reason sport says no but the label is yes");
    assertThat(l.problems().get(3).reason()).contains("expected 3 tab-separated fields");
    assertThat(l.problems().get(4).reason()).isEqualTo("reuters-5 is labelled twice; the first label is kept");
    assertThat(l.find("reuters-5")).map(StoryLabel::incident).contains(false);
  }

  @Test
  void the_bundled_labels_read_without_problems() {
    assertThat(StoryLabels.bundled().problems()).isEmpty();
  }
}
