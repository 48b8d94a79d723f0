package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Classes of attack-type errors found on real summaries (issue 14, fourth field round), each with
 * sentences of our own: an arson that harmed people, attacks aimed at people of note.
 */
class AttackTypeClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static Incident first(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0);
  }

  @Test
  void an_arson_that_killed_people_was_an_armed_assault() {
    Incident i = first("Gunmen set fire to houses in Tunga, Nigeria, on Monday. Four villagers were killed.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void an_arson_that_hurt_no_one_stays_an_attack_on_a_facility() {
    Incident i = first("Arsonists set fire to a warehouse in Lyon, France, on Monday. Nobody was hurt.");
    assertThat(i.type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }
}
