package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.eval.GoldEntity;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Victim;

class PredictionsTest {

  @Test
  void a_counted_victim_is_scored_by_its_description_and_a_titled_one_by_its_name() {
    Map<Role, List<List<String>>> p = Predictions.of(List.of(incident(IncidentType.ARMED_ASSAULT, null, List.of(),
        List.of(), List.of(new Victim("THREE PEASANTS", 3), new Victim("MSGR OSCAR ROMERO", 1, true)), List.of(), 4)));

    assertThat(p.get(Role.HUMAN_TARGET_DESCRIPTION)).contains(List.of("PEASANTS"));
    assertThat(p.get(Role.HUMAN_TARGET)).containsExactly(List.of("OSCAR ROMERO"));
  }

  @Test
  void the_forms_a_trainer_labels_victims_by_are_those_the_scorer_writes() {
    assertThat(Predictions.victimForms("THREE PEASANTS")).contains("PEASANTS");
    assertThat(Predictions.victimForms("MSGR OSCAR ROMERO")).contains("OSCAR ROMERO");
    assertThat(Predictions.victimForms("THREE PEASANTS").stream().anyMatch(GoldEntity.of("PEASANTS")::matches))
        .as("the key describes the victims without their count").isTrue();
    assertThat(Predictions.victimForms("GUNMEN")).containsExactly("GUNMEN");
  }
}
