package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bracketed labels between a wire dateline and the story name who issued or read it; the
 * group that signs a communique is not the author of every act the communique reports (issue 14,
 * MUC-4 class 2).
 */
class SourceHeaderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 2);
  private static final String HEADER = "CLANDESTINE, 2 MAR 90 (RADIO LIBERTAD) -- [COMMUNIQUE] "
      + "[FARABUNDO MARTI NATIONAL LIBERATION FRONT GENERAL COMMAND] [TEXT] ";

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void the_group_that_signs_a_communique_did_not_commit_the_murder_it_denounces() {
    Incident i = first(HEADER + "UNIDENTIFIED MEN MURDERED FOUR COFFEE PICKERS NEAR SAN MIGUEL YESTERDAY. "
        + "WE DEMAND THAT THE GUILTY BE PUNISHED.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).allMatch(java.util.Objects::isNull);
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).contains("UNIDENTIFIED MEN");
  }

  @Test
  void a_bombing_in_a_communique_without_an_author_keeps_no_perpetrator() {
    Incident i = first(HEADER + "A BOMB EXPLODED IN A BANK OFFICE IN USULUTAN LAST NIGHT, DESTROYING ITS FRONT.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).allMatch(java.util.Objects::isNull);
  }

  @Test
  void a_group_the_story_itself_names_is_still_the_perpetrator_in_the_storys_words() {
    Incident i = first(HEADER + "FMLN URBAN COMMANDOS ATTACKED A NATIONAL GUARD POST IN USULUTAN LAST NIGHT, "
        + "KILLING TWO GUARDSMEN.");
    assertThat(i.perpetrators()).filteredOn(p -> p.group() != null).extracting(Perpetrator::mention)
        .containsExactly("FMLN"); // the story's own words, not the signature's
  }

  @Test
  void the_reporter_named_in_the_header_is_no_filler() {
    List<Incident> all = Engines.incidents("MEDELLIN, 2 MAR 90 (TELEVISORA DEL VALLE) -- [REPORT] [ROSARIO MEJIA VELEZ] "
        + "[TEXT] GUNMEN ON A MOTORCYCLE SHOT DEAD A BUS DRIVER IN MEDELLIN THIS MORNING.", PUBLISHED);
    assertThat(all).isNotEmpty();
    assertThat(all).flatExtracting(Incident::perpetrators).extracting(Perpetrator::mention)
        .noneMatch(m -> m.contains("ROSARIO"));
    assertThat(all).flatExtracting(Incident::victims).extracting(Victim::text).noneMatch(v -> v.contains("ROSARIO"));
  }

  @Test
  void labels_end_at_the_text_label_and_nothing_else_is_a_header() {
    var tokens = org.vigil.text.Tokenizer.tokenize("[COMMUNIQUE] [SOME COMMAND] [TEXT] THE STORY");
    assertThat(SourceHeader.end(tokens, 0)).isEqualTo(10);
    var plain = org.vigil.text.Tokenizer.tokenize("THE STORY [TEXT] GOES ON");
    assertThat(SourceHeader.end(plain, 0)).isZero();
    var open = org.vigil.text.Tokenizer.tokenize("[COMMUNIQUE] [SOME COMMAND] THE STORY");
    assertThat(SourceHeader.end(open, 0)).isZero();
  }
}
