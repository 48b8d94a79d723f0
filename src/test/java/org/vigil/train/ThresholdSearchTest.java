package org.vigil.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.vigil.extract.RoleLabel;

/** The role model's threshold search on objectives whose best thresholds are known. */
class ThresholdSearchTest {

  private final List<String> log = new ArrayList<>();

  private Map<RoleLabel, Double> search(ToDoubleFunction<Map<RoleLabel, Double>> objective) {
    return new ThresholdSearch(objective, log::add).run();
  }

  @Test
  void a_broad_rise_wins_over_a_lone_peak_between_two_dips() {
    Map<RoleLabel, Double> t = search(m -> {
      double p = m.get(RoleLabel.PERPETRATOR);
      if (p == 0.7) {
        return 0.43; // one lucky value: a few documents
      }
      if (p == 0.6 || p == 0.8) {
        return 0.30;
      }
      return 0.41 - Math.abs(p - 0.3);
    });
    assertThat(t.get(RoleLabel.PERPETRATOR)).isEqualTo(0.3);
  }

  @Test
  void no_role_is_switched_off_however_the_objective_rises_towards_one() {
    Map<RoleLabel, Double> t = search(m -> m.get(RoleLabel.DETAINEE) + m.get(RoleLabel.WEAPON));
    assertThat(t.get(RoleLabel.DETAINEE)).isEqualTo(0.8);
    assertThat(t.get(RoleLabel.WEAPON)).isEqualTo(0.8);
    assertThat(t.values()).filteredOn(v -> v >= 1.0).hasSize(1); // the veto alone may say never
  }

  @Test
  void a_gain_below_a_tenth_of_a_point_moves_nothing() {
    Map<RoleLabel, Double> t = search(m -> 0.4 + 0.0005 * m.get(RoleLabel.VICTIM) + 0.01 * (1 - m.get(RoleLabel.TARGET)));
    assertThat(t.get(RoleLabel.VICTIM)).as("a gain of 0.015 points over the whole grid").isEqualTo(ThresholdSearch.START);
    assertThat(t.get(RoleLabel.TARGET)).isEqualTo(0.05);
    assertThat(t.get(RoleLabel.NONE)).as("no veto unless it helps").isEqualTo(1.0);
  }

  @Test
  void the_same_objective_gives_the_same_thresholds_and_the_log_shows_each_profile() {
    ToDoubleFunction<Map<RoleLabel, Double>> bumpy = m -> {
      double s = 0;
      for (Map.Entry<RoleLabel, Double> e : m.entrySet()) {
        s += Math.sin(7 * e.getValue() + e.getKey().ordinal()) / (2 + e.getKey().ordinal());
      }
      return s;
    };
    Map<RoleLabel, Double> first = search(bumpy);
    assertThat(search(bumpy)).isEqualTo(first);
    assertThat(log).anyMatch(l -> l.startsWith("threshold search pass 1"))
        .anyMatch(l -> l.startsWith("perpetrator: ") && l.contains("*" + String.format(java.util.Locale.ROOT, "%.2f",
            first.get(RoleLabel.PERPETRATOR))));
  }

  @Test
  void a_search_from_given_thresholds_keeps_those_a_flat_objective_does_not_beat() {
    Map<RoleLabel, Double> start = new java.util.EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      start.put(l, l == RoleLabel.NONE ? 1.0 : 0.35);
    }
    Map<RoleLabel, Double> t = new ThresholdSearch(m -> 0.4 + 0.1 * (0.5 - Math.abs(m.get(RoleLabel.TARGET) - 0.2)),
        log::add).run(start);
    assertThat(t.get(RoleLabel.TARGET)).isEqualTo(0.2);
    assertThat(t.get(RoleLabel.VICTIM)).as("flat: stays where it started, not at " + ThresholdSearch.START).isEqualTo(0.35);
    assertThat(log.get(0)).contains("VICTIM=0.35");
  }
}
