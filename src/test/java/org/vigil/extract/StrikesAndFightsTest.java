package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds of incident that terse notes tell by their actors rather than by a strong word: aircraft
 * that struck, two sides that fought, forces that raided to arrest, armed men described by what
 * they do (raiders, combatants, cells). Notes written by us.
 */
class StrikesAndFightsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 5);

  private static Incident first(String note) {
    return Engines.first(note, PUBLISHED);
  }

  @Test
  void aircraft_or_a_drone_written_as_what_struck_make_a_strike_from_the_air() {
    assertThat(first("On 2 June 2025, Syrian regime aircraft struck a market in Ariha, killing five people.").type())
        .isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(first("On 2 June 2025, government jets bombed rebel positions near Kutum, North Darfur.").type())
        .isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(first("On 2 June 2025, a drone launched by the rebels hit a wedding party near Ataq, killing four.").type())
        .isEqualTo(IncidentType.AIR_STRIKE);
  }

  @Test
  void an_aircraft_that_was_hit_or_brought_down_is_no_strike_from_the_air() {
    assertThat(first("On 2 June 2025, a bomb exploded aboard the aircraft shortly after take-off from Mogadishu, "
        + "killing two.").type()).isEqualTo(IncidentType.BOMBING);
    assertThat(first("On 2 June 2025, air defences intercepted an explosives-laden drone over Abha airport.").type())
        .isNotEqualTo(IncidentType.AIR_STRIKE);
  }

  @Test
  void two_sides_that_fought_somewhere_make_a_clash_even_with_no_toll() {
    Incident i = first("On 3 June 2025, SSPDF and SPLA-IO forces fought in Ulang county, Upper Nile.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
    assertThat(i.location()).isNotNull();
    assertThat(i.location().countryCode()).isEqualTo("SS");
    assertThat(first("On 3 June 2025, Ukrainian and Russian troops fought near Kupiansk, Kharkiv oblast.").type())
        .as("two demonyms before one word of troops are two sides").isEqualTo(IncidentType.ARMED_CLASH);
  }

  @Test
  void an_encounter_in_which_forces_killed_rebels_is_a_clash_in_the_place_the_note_names() {
    Incident i = first("On 3 June 2025, police killed two Maoists in an encounter in Narayanpur district, Chhattisgarh.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
    assertThat(i.casualties().killed().value()).isEqualTo(2);
    assertThat(i.location().countryCode()).as("the place named, not the home of a group sharing the name")
        .isEqualTo("IN");
  }

  @Test
  void fighting_between_two_named_sides_is_a_clash_between_them_whoever_it_killed() {
    Incident i = first("Fighting between the army and the Rapid Support Forces killed at least 30 civilians in "
        + "Omdurman on Saturday, medics said.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
    assertThat(i.perpetrators()).hasSize(2);
    assertThat(i.casualties().killed().value()).isEqualTo(30);
  }

  @Test
  void forces_that_killed_the_attackers_answered_the_attack_and_did_not_make_it() {
    Incident i = first("Militants attacked a checkpoint in North Sinai on Saturday, killing five soldiers, the army "
        + "said. Security forces killed 12 of the attackers.");
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).containsExactly("Militants");
    assertThat(i.casualties().perpetratorsKilled().value()).isEqualTo(12);
  }

  @Test
  void a_war_going_on_is_no_clash_of_its_own() {
    List<Incident> found = Engines.incidents("Fighting continues in the mountains of the north, where the army "
        + "launched its offensive last week, an official said.", PUBLISHED);
    assertThat(found).noneMatch(i -> i.type() == IncidentType.ARMED_CLASH);
  }

  @Test
  void a_raid_by_forces_told_with_arrests_only_is_one_arrest() {
    List<Incident> found = Engines.incidents("On 3 June 2025, soldiers raided Qabatiya and arrested seven men.", PUBLISHED);
    assertThat(found).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(IncidentType.ARREST));
  }

  @Test
  void people_arrested_in_a_raid_are_one_arrest_not_an_assault_on_the_house_too() {
    List<Incident> found = Engines.incidents("Police arrested three suspected members of Jamaat-ul-Mujahideen "
        + "Bangladesh in a raid on a house in Gazipur on Monday and seized explosives, officials said.", PUBLISHED);
    assertThat(found).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(IncidentType.ARREST));
  }

  @Test
  void a_raid_by_attackers_stays_an_assault_and_their_arrest_an_incident_of_its_own() {
    List<Incident> found = Engines.incidents("On 3 June 2025, gunmen raided a bank in Jalalabad and police later "
        + "arrested two of them.", PUBLISHED);
    assertThat(found).extracting(Incident::type).startsWith(IncidentType.ARMED_ASSAULT);
    assertThat(first("On 3 June 2025, gunmen raided a village near Zurmi and killed four farmers.").type())
        .isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void shots_fired_at_people_during_an_arson_make_it_an_assault_on_them() {
    assertThat(first("On 3 June 2025, armed men set fire to shops and fired at residents in Moreh, Manipur; "
        + "no one was hurt.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void raiders_combatants_and_cells_are_armed_attackers() {
    for (String note : List.of("On 3 June 2025, cattle raiders killed six herders near Bor, Jonglei.",
        "On 3 June 2025, armed combatants killed three traders near Kaga-Bandoro.",
        "On 3 June 2025, suspected IS cells killed two shepherds near Palmyra.")) {
      Incident i = first(note);
      assertThat(i.type()).as(note).isEqualTo(IncidentType.ARMED_ASSAULT);
      assertThat(i.perpetrators()).as(note).isNotEmpty();
    }
  }

  @Test
  void an_acronym_that_is_also_a_word_counts_when_it_shares_a_noun_of_fighters_with_another_actor() {
    Incident i = first("On 4 June 2025, RSF and allied militias attacked villages near Mornei, West Darfur, "
        + "killing eleven people.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Rapid Support Forces");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void the_jets_of_a_named_air_force_strike_for_that_air_force() {
    Incident i = first("On 2 June 2025, Nigerian air force jets mistakenly bombed a village near Tudun Biri, Kaduna "
        + "state, killing dozens of civilians.");
    assertThat(i.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(i.perpetrators()).extracting(Perpetrator::agency).extracting(AgencyRef::name)
        .containsExactly("Nigerian Air Force");
  }
}
