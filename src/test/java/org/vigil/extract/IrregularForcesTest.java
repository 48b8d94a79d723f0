package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Commandos or forces named after irregulars ("urban commandos", "rebel commandos") are no state force. */
class IrregularForcesTest {

  private static List<String> stateForces(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(1989, 11, 15))).incidents().stream()
        .flatMap(i -> i.perpetrators().stream()).map(Perpetrator::agency).filter(Objects::nonNull)
        .map(AgencyRef::name).toList();
  }

  @Test
  void urban_commandos_in_capitals_are_not_the_army() {
    assertThat(stateForces("SAN SALVADOR, 15 NOV 89 -- [TEXT] THREE POLICEMEN WERE WOUNDED LAST NIGHT WHEN URBAN"
        + " COMMANDOS ATTACKED THEM IN SOYAPANGO.")).isEmpty();
  }

  @Test
  void rebel_commandos_in_mixed_case_are_not_the_army() {
    assertThat(stateForces("San Salvador, 15 Nov 89 -- Three policemen were wounded last night when rebel commandos"
        + " attacked them in Soyapango.")).isEmpty();
  }

  @Test
  void army_commandos_stay_a_state_force() {
    assertThat(stateForces("San Salvador, 15 Nov 89 -- Army commandos raided a farm near Soyapango and killed two"
        + " farmers last night, a priest said.")).isNotEmpty();
  }
}
