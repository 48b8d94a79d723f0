package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * A word of war that only says when ("during the latest fighting", "after four days of combat"), only
 * qualifies a noun ("combat pilots") or names violence as a state of things ("a wave of violence")
 * tells no incident.
 */
class WarFramesTest {

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(1989, 11, 15))).incidents();
  }

  /** Whether the trigger on {@code word} in the text is read as telling no incident. */
  private static boolean frameOnly(String text, String word) {
    Doc doc = Engines.bundled().assemble(Report.of("test", text, LocalDate.of(1989, 11, 15))).doc();
    return doc.cues(0, doc.tokens.size(), Cue::isTrigger).stream()
        .filter(t -> doc.key(t.firstToken()).equals(word)).map(t -> WarFrames.only(doc, t))
        .reduce((a, b) -> a && b).orElseThrow(() -> new AssertionError("no trigger on " + word));
  }

  @Test
  void a_wave_of_violence_is_no_incident() {
    assertThat(incidents("Guatemala City, 15 Nov 89 -- The bishops condemned the wave of violence that has left dozens"
        + " of people dead in the highlands this year.")).isEmpty();
  }

  @Test
  void combat_pilots_and_battle_reports_name_no_fight() {
    assertThat(frameOnly("SAN SALVADOR, 15 NOV 89 -- [TEXT] FOREIGN COMBAT PILOTS ARRIVED AT THE AIR BASE.", "combat"))
        .isTrue();
    assertThat(frameOnly("San Salvador, 15 Nov 89 -- The rebel radio broadcast ten minutes of battle reports.", "battle"))
        .isTrue();
  }

  @Test
  void a_battle_near_a_town_is_still_a_word_of_one() {
    assertThat(frameOnly("SAN SALVADOR, 15 NOV 89 -- [TEXT] A BATTLE NEAR USULUTAN LEFT TEN SOLDIERS DEAD.", "battle"))
        .isFalse();
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
