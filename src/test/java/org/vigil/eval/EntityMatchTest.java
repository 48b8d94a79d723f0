package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatchTest {

  @Test
  void a_prediction_matches_any_mention_ignoring_case_punctuation_and_leading_articles() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN")),
        List.of("the fmln"));
    assertThat(m.correct()).containsExactly("the fmln");
    assertThat(m.spurious()).isEmpty();
    assertThat(m.missed()).isEmpty();
  }

  @Test
  void each_gold_entity_counts_once_and_a_second_mention_of_it_counts_neither_way() {
    EntityMatch m = EntityMatch.of(List.of(GoldEntity.of("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT")),
        List.of("FMLN", "Farabundo Marti National Liberation Front", "fmln"));
    assertThat(m.correct()).hasSize(1);
    assertThat(m.spurious()).isEmpty();
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
