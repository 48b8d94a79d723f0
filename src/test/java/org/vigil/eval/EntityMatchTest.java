package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatchTest {

  @Test
  void a_prediction_matches_any_mention_ignoring_case_punctuation_and_leading_articles() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN")),
        List.of("the f.m.l.n"));
    assertThat(m.correct()).containsExactly("the f.m.l.n");
    assertThat(m.spurious()).isEmpty();
    assertThat(m.missed()).isEmpty();
  }

  @Test
  void each_gold_entity_counts_once_so_a_second_entity_naming_it_is_spurious() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT")),
        List.of("FMLN", "Farabundo Marti National Liberation Front", "fmln"));
    assertThat(m.correct()).hasSize(1);
    assertThat(m.spurious()).hasSize(1);
  }

  @Test
  void a_predicted_entity_is_correct_only_when_all_its_strings_name_the_same_gold_entity() {
    GoldEntity fmln = GoldEntity.of("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT");
    assertThat(EntityMatch.ofEntities(List.of(fmln), List.of(List.of("FMLN", "Farabundo Marti National Liberation Front")))
        .correct()).hasSize(1);
    assertThat(EntityMatch.ofEntities(List.of(fmln), List.of(List.of("FMLN", "ELN"))).spurious()).hasSize(1);
  }

  @Test
  void pairs_are_chosen_so_that_as_many_predictions_as_possible_are_correct() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("GUERRILLAS", "TERRORISTS"), GoldEntity.of("TERRORISTS")),
        List.of("terrorists", "guerrillas"));
    assertThat(m.correct()).hasSize(2);
  }

  @Test
  void a_partial_string_is_spurious_and_the_entity_is_missed() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("OIL PIPELINE")), List.of("PIPELINE SECTION"));
    assertThat(m.spurious()).containsExactly("PIPELINE SECTION");
    assertThat(m.missed()).hasSize(1);
  }

  @Test
  void a_missed_optional_entity_is_not_counted() {
    EntityMatch m = EntityMatch.of(List.of(new GoldEntity(List.of("CAR"), true)), List.of());
    assertThat(m.missed()).isEmpty();
  }
}
