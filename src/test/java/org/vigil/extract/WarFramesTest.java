package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** A word of war that only says when ("during the latest fighting", "after four days of combat") tells no incident. */
class WarFramesTest {

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(1989, 11, 15))).incidents();
  }

  @Test
  void weapons_seized_during_the_latest_fighting_in_capitals_are_no_incident() {
    assertThat(incidents("SAN SALVADOR, 15 NOV 89 -- [TEXT] THE ARMY SAID THAT ITS SOLDIERS SEIZED RIFLES, GRENADES"
        + " AND EXPLOSIVES FROM THE REBELS DURING THE LATEST FIGHTING NEAR USULUTAN.")).isEmpty();
  }

  @Test
  void weapons_seized_during_the_latest_fighting_in_mixed_case_are_no_incident() {
    assertThat(incidents("San Salvador, 15 Nov 89 -- Soldiers seized rifles, grenades and explosives from the rebels"
        + " during the latest fighting near Usulutan, the army said.")).isEmpty();
  }

  @Test
  void a_bridge_blown_up_during_heavy_fighting_is_still_a_bombing() {
    assertThat(incidents("SAN SALVADOR, 15 NOV 89 -- [TEXT] DURING HEAVY FIGHTING WITH THE ARMY, GUERRILLAS BLEW UP"
        + " A BRIDGE NEAR USULUTAN YESTERDAY.")).extracting(Incident::type).containsExactly(IncidentType.BOMBING);
  }
}
