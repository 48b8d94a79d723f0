package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * What was attacked keeps its owner; a place someone was going to and the agent of a passive verb
 * of harm are not something attacked.
 */
class TargetOwnersTest {

  private static List<String> targets(String text) {
    Extraction x = Engines.bundled().extract(Report.of("owners", text, LocalDate.of(1990, 3, 12)));
    assertThat(x.incidents()).isNotEmpty();
    return x.incidents().get(0).targets().stream().map(Target::text).toList();
  }

  @Test
  void a_target_keeps_the_owner_written_before_it() {
    assertThat(targets("LAST NIGHT UNIDENTIFIED MEN HURLED EXPLOSIVES AT MARIO QUINTANILLA'S RESIDENCE IN SANTA TECLA."))
        .contains("MARIO QUINTANILLA'S RESIDENCE")
        .doesNotContain("RESIDENCE");
    assertThat(targets("Rebels bombed the defence minister's residence in Soyapango on Sunday."))
        .contains("defence minister's residence");
  }

  @Test
  void an_owner_stops_at_a_function_word() {
    assertThat(targets("A bomb destroyed the home of a judge and the governor's house in Ayacucho on Sunday."))
        .allMatch(t -> !t.startsWith("and") && !t.startsWith("the"));
  }

  @Test
  void a_target_ends_before_a_verb_that_does_not_end_in_ed() {
    assertThat(targets("The assassins of the judge fled after shooting at him in Cucuta, Colombia, on Monday."))
        .contains("judge").doesNotContain("judge fled");
  }

  @Test
  void a_target_ends_before_the_words_of_when() {
    assertThat(targets("Gunmen attacked a police checkpoint late on Monday in Kaya, killing two officers."))
        .contains("police checkpoint")
        .noneMatch(t -> t.contains("late"));
  }

  @Test
  void home_after_a_verb_of_going_is_where_the_victims_went_not_a_target() {
    List<String> going = targets("TWO STUDENTS WERE SHOT DEAD BY GUNMEN WHILE THEY WERE WALKING HOME ON BOLOGNESI STREET.");
    List<String> bombed = targets("A BOMB DESTROYED THE HOME OF A COFFEE GROWER IN USULUTAN LAST NIGHT.");

    assertThat(going).noneMatch(t -> t.contains("HOME"));
    assertThat(bombed).anyMatch(t -> t.contains("HOME"));
  }

  @Test
  void the_agent_after_a_passive_verb_of_harm_is_no_target() {
    assertThat(targets("A magistrate was shot dead by suspected militants in Baramulla, India, on Tuesday."))
        .doesNotContain("militants", "suspected militants");
    assertThat(targets("A teacher was killed by armed militants near Pattani, Thailand, on Tuesday."))
        .doesNotContain("militants", "armed militants");
  }

  @Test
  void a_word_with_an_apostrophe_inside_stays_whole_in_a_targets_phrase() {
    assertThat(targets("A bomb exploded outside a Shi'ite mosque in Quetta, Pakistan, on Friday, killing four "
        + "worshippers.")).contains("Shi'ite mosque").noneMatch(t -> t.startsWith("ite"));
  }

  @Test
  void what_a_building_houses_is_told_by_a_verb_not_a_target_of_houses() {
    assertThat(targets("A car bomb wrecked the building that houses the tax office in Cochabamba on Sunday, "
        + "killing two guards.")).contains("tax office").doesNotContain("houses");
  }
}

