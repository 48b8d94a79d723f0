package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Who told, who did and who suffered, in wire sentences of our own: the source of the news and
 * the attackers' own channels are no targets; the people a force killed are not its authors.
 */
class SourcesAndSubjectsTest {

  private static Incident only(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("wire", text, LocalDate.of(2025, 9, 12))).incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0);
  }

  private static List<String> targets(Incident i) {
    return i.targets().stream().map(Target::text).toList();
  }

  @Test
  void police_somewhere_who_said_it_are_the_source_not_a_target() {
    Incident i = only("Police in the Indian state of Jharkhand said Maoist rebels ambushed a patrol in Latehar "
        + "district on Tuesday, killing four paramilitary troopers.");
    assertThat(targets(i)).isNotEmpty().noneMatch(t -> t.equalsIgnoreCase("police"));
  }

  @Test
  void the_groups_own_radio_station_where_it_claimed_the_attack_was_not_attacked() {
    Incident i = only("Al-Shabaab fighters stormed a hotel in Kismayo on Friday; the group said on its radio "
        + "station that it carried out the attack.");
    assertThat(targets(i)).contains("hotel").noneMatch(t -> t.contains("radio"));
  }

  @Test
  void militants_that_security_forces_killed_in_a_raid_are_not_the_raids_authors() {
    Incident i = only("Pakistani security forces killed nine militants in a raid on a hideout in Khyber district "
        + "on Monday, the military said.");
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).noneMatch(m -> m.contains("militants"));
    assertThat(i.perpetrators()).extracting(Perpetrator::agency).isNotEmpty().doesNotContainNull();
  }

  @Test
  void a_radio_station_bombed_is_still_a_target() {
    assertThat(targets(only("A bomb exploded at a radio station in Beledweyne on Friday, wounding two "
        + "journalists."))).anyMatch(t -> t.contains("radio station"));
  }

  @Test
  void a_senior_commander_of_a_group_killed_by_troops_does_not_make_the_group_the_author() {
    Incident i = only("Nigerien troops killed a senior Boko Haram commander near Diffa on Wednesday, the army said.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).containsOnlyNulls();
  }

  @Test
  void an_army_that_told_of_an_attack_on_its_soldiers_did_not_carry_it_out() {
    Incident i = only("A Chadian soldier died when a roadside bomb hit his patrol near Bol, Chad, on Tuesday, the Chadian army said.");
    assertThat(i.perpetrators()).isEmpty();
  }

  @Test
  void fighters_an_army_said_it_killed_from_the_air_are_not_the_strikes_authors() {
    Incident i = only("The Nigerian army said it killed 14 ISWAP fighters in an airstrike near Monguno on Tuesday.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).containsOnlyNulls();
    assertThat(i.perpetrators()).extracting(Perpetrator::agency).isNotEmpty().doesNotContainNull();
  }

  @Test
  void a_council_that_condemned_an_attack_neither_did_nor_suffered_it_and_its_day_is_not_the_attacks() {
    Incident i = only("The U.N. Security Council on Friday condemned the attack on peacekeepers in Mali, in which "
        + "three Chadian peacekeepers were killed on Wednesday.");
    assertThat(i.perpetrators()).isEmpty();
    assertThat(targets(i)).noneMatch(t -> t.contains("Council"));
    assertThat(i.date().value()).isEqualTo("2025-09-10");
  }
}
