package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * A bomb found and made safe was planted to go off; bombs found in a house were not; whoever made
 * it safe is no perpetrator.
 */
class FoundAndDefusedTest {

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 4, 20))).incidents();
  }

  @Test
  void a_bomb_discovered_and_defused_is_a_foiled_bombing_like_one_defused() {
    List<Incident> found = incidents("Troops discovered and defused explosive devices near a power line in "
        + "Tuz Khurmatu, Saladin, Iraq, on Friday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).type()).isEqualTo(IncidentType.BOMBING);
    assertThat(found.get(0).status()).isEqualTo(Status.FOILED);
  }

  @Test
  void explosives_found_and_disarmed_outside_a_police_station_are_a_bombing_too() {
    List<Incident> found = incidents("Police discovered and disarmed explosive devices outside a police station in "
        + "Quetta, Pakistan, on Monday.");
    assertThat(found).extracting(Incident::type).containsExactly(IncidentType.BOMBING);
  }

  @Test
  void bombs_found_in_a_raid_are_still_no_bombing() {
    List<Incident> found = incidents("Police discovered pipe bombs in a flat in Leeds, England, on Monday.");
    assertThat(found).extracting(Incident::type).doesNotContain(IncidentType.BOMBING);
  }

  @Test
  void the_police_who_defused_a_bomb_did_not_set_it() {
    assertThat(incidents("Police defused a bomb left under a footbridge in Quetta, Pakistan, on Monday."))
        .singleElement().satisfies(i -> assertThat(i.perpetrators()).isEmpty());
  }
}
