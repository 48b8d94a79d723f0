package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;

/** A group the message names both in full and by its acronym is reported by the acronym, as the keys mostly write it. */
class PredictionsTest {

  private static List<List<String>> organisations(Perpetrator... perps) {
    return Predictions.of(List.of(incident(IncidentType.BOMBING, null, List.of(perps),
        List.of(new Target(TargetType.UTILITIES, "POWER PYLON")), List.of(), List.of(), null)))
        .get(Role.PERP_ORGANIZATION);
  }

  @Test
  void a_group_named_in_full_then_by_acronym_is_reported_by_the_acronym() {
    assertThat(organisations(new Perpetrator("Popular Liberation Army", "POPULAR LIBERATION ARMY", null, null),
        new Perpetrator("Popular Liberation Army", "EPL", null, null)))
        .containsExactly(List.of("EPL"));
  }

  @Test
  void a_group_named_only_in_words_keeps_its_first_mention() {
    assertThat(organisations(new Perpetrator("Popular Liberation Army", "POPULAR LIBERATION ARMY", null, null),
        new Perpetrator("Popular Liberation Army", "LIBERATION ARMY", null, null)))
        .containsExactly(List.of("POPULAR LIBERATION ARMY"));
  }
}
