package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  @Test
  void a_wrong_value_is_a_false_positive_and_a_false_negative_and_is_listed_as_an_error() {
    Scoreboard b = new Scoreboard();
    b.categorical("d1", "text one", "type", "Bombing/Explosion", "bombing/explosion");
    b.categorical("d2", "text two", "type", "Armed Assault", "Bombing/Explosion");
    b.categorical("d3", "text three", "type", "Armed Assault", null);
    b.categorical("d4", "text four", "type", null, "Armed Assault");
    FieldResult f = b.fields().get(0);
    assertThat(List.of(f.truePositives(), f.falsePositives(), f.falseNegatives(), f.expected()))
        .containsExactly(1, 2, 2, 3);
    assertThat(f.precision()).isEqualTo(1.0 / 3);
    assertThat(f.accuracy()).isEqualTo(1.0 / 3);
    assertThat(f.confusion().get("Armed Assault")).containsEntry("Bombing/Explosion", 1).containsEntry("(none)", 1);
    EvalResult r = b.result("gtd", "x.csv", 4, List.of());
    assertThat(r.errors()).extracting(ErrorCase::document).containsExactly("d2", "d3", "d4");
    assertThat(r.errors().get(0)).isEqualTo(new ErrorCase("d2", "type", "text two", "Armed Assault",
        "Bombing/Explosion"));
  }

  @Test
  void a_decision_counts_yes_on_both_sides_as_right_and_lists_each_disagreement_with_what_each_side_meant() {
    Scoreboard b = new Scoreboard();
    b.decision("d1", "s", "own incident", true, true, "yes: bombing", "bombing");
    b.decision("d2", "s", "own incident", false, true, "no: sport", "armed_assault");
    b.decision("d3", "s", "own incident", true, false, "yes: kidnapping", "(none)");
    b.decision("d4", "s", "own incident", false, false, "no: market", "(none)");
    FieldResult f = b.fields().get(0);
    assertThat(List.of(f.truePositives(), f.falsePositives(), f.falseNegatives(), f.expected()))
        .containsExactly(1, 1, 1, 2);
    assertThat(b.result("reuters", "x", 4, List.of()).errors()).extracting(ErrorCase::expected)
        .containsExactly("no: sport", "yes: kidnapping");
  }

  @Test
  void a_multiset_counts_each_label_as_often_as_it_occurs_on_both_sides() {
    Scoreboard b = new Scoreboard();
    b.multiset("d", "s", "incidents", List.of("ATTACK", "ATTACK", "BOMBING"), List.of("ATTACK", "ARSON"));
    FieldResult f = b.fields().get(0);
    assertThat(List.of(f.truePositives(), f.falsePositives(), f.falseNegatives())).containsExactly(1, 1, 2);
  }

  @Test
  void f1_is_the_harmonic_mean_and_zero_when_nothing_was_found() {
    assertThat(new FieldResult("f", 1, 1, 3, 4, java.util.Map.of()).f1()).isEqualTo(2 * 0.5 * 0.25 / 0.75);
    assertThat(new FieldResult("f", 0, 0, 3, 3, java.util.Map.of()).f1()).isZero();
  }
}
