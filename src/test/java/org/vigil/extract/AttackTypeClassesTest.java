package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Classes of attack-type errors found on real summaries (issue 14, fourth field round), each with
 * sentences of our own: an arson that harmed people, attacks aimed at people of note, a grenade
 * thrown.
 */
class AttackTypeClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
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

  @Test
  void a_named_man_described_as_a_fisherman_was_no_person_of_note() {
    Incident i = first("Gunmen shot and killed Pedro Alvarez Soto, a fisherman, in Tumaco, Colombia, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_named_member_of_a_town_council_was_a_person_of_note() {
    Incident i = first("Gunmen shot and killed Pedro Alvarez Soto, a member of the Tumaco town council, "
        + "in Tumaco, Colombia, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_rank_before_the_name_makes_a_person_of_note_whatever_the_appositive() {
    Incident i = first("Gunmen shot and killed Colonel Ahmad Rahimi, a border police officer, in Herat, "
        + "Afghanistan, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_junta_appointed_administrator_is_an_office_across_the_hyphen() {
    Incident i = first("Gunmen shot and killed U Tin Maung, a junta-appointed ward administrator, in Mandalay, "
        + "Myanmar, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void fire_opened_on_two_judges_or_a_council_member_is_aimed_at_people_of_note() {
    assertThat(first("Gunmen opened fire on two judges in Mazar, Afghanistan, on Monday. Both were killed.").type())
        .isEqualTo(IncidentType.ASSASSINATION);
    assertThat(first("Gunmen opened fire on a provincial council member in Mazar, Afghanistan, on Monday.").type())
        .isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_party_leader_named_after_his_title_was_a_person_of_note() {
    Incident i = first("Gunmen shot and killed Labour Party leader Rohan Desai in Nadia, India, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_tribal_elder_killed_by_a_roadside_bomb_told_in_the_next_sentence() {
    Incident i = first("A roadside bomb exploded in Khost, Afghanistan, on Monday. A tribal elder was killed "
        + "in the blast.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void an_ambulance_of_doctors_without_borders_is_no_office_holder() {
    Incident i = first("Gunmen opened fire on a Doctors Without Borders ambulance in Buea, Cameroon, on Monday. "
        + "A nurse was wounded.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void mortars_rockets_and_projectiles_launched_at_a_place_are_shelling() {
    assertThat(first("Militants launched mortars targeting a village near Tal Afar, Iraq, on Sunday. No one was hurt.")
        .type()).isEqualTo(IncidentType.SHELLING);
    assertThat(first("Rebels launched a projectile at an oil depot in Jizan, Saudi Arabia, on Friday, wounding two "
        + "workers.").type()).isEqualTo(IncidentType.SHELLING);
  }

  @Test
  void a_grenade_thrown_at_a_police_post_is_a_bombing() {
    assertThat(first("Two men threw two hand grenades at a police post in Dera Ismail Khan, Pakistan, on Tuesday.")
        .type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void an_assault_that_only_damaged_property_was_an_attack_on_the_facility() {
    assertThat(first("Gunmen opened fire on the offices of a political party in Erbil, Iraq, on Monday. No one was "
        + "hurt, but the building was damaged.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
    assertThat(first("Militants attacked an electricity tower near Tikrit, Iraq, on Monday. No casualties were "
        + "reported.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void an_assault_that_hurt_people_or_only_passed_an_installation_stays_an_armed_assault() {
    assertThat(first("Gunmen opened fire on a police post in Erbil, Iraq, on Monday, wounding two officers and "
        + "damaging a car.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(first("Gunmen attacked an army post near an oil field in Kirkuk, Iraq, on Monday. No casualties were "
        + "reported.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void an_incendiary_device_or_balloon_is_an_attack_on_the_facility() {
    assertThat(first("Vandals threw an incendiary device at a bank branch in Leipzig, Germany, on Monday. Nobody was "
        + "hurt.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
    assertThat(first("Militants launched incendiary balloons that set fields alight near Sderot, Israel, on Monday.")
        .type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void armed_men_who_attacked_a_named_town_or_force_made_an_armed_assault() {
    assertThat(first("Militants attacked Kanamma town in Yobe, Nigeria, on Monday. The outcome was not known.").type())
        .isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(first("Militants attacked Joint Forces personnel near Hays, Yemen, on Monday.").type())
        .isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void people_taken_hostage_in_a_raid_were_kidnapped_unless_the_takers_held_a_place() {
    assertThat(first("Gunmen raided a village near Ogbomoso, Nigeria, on Monday and took hostage six farmers. The "
        + "hostages were freed two days later.").type()).isEqualTo(IncidentType.KIDNAPPING);
    assertThat(first("Gunmen took 20 people hostage in a bank in Lagos, Nigeria, on Monday, starting a standoff with "
        + "police.").type()).isEqualTo(IncidentType.HOSTAGE_BARRICADE);
  }

  @Test
  void attacks_told_by_the_weapon_or_the_act_alone_are_incidents_of_their_type() {
    assertThat(first("Attackers threw an incendiary device at a bakery in Venlo, Netherlands, on Friday night. "
        + "Nobody was hurt.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
    assertThat(first("Youths threw stones at the house of a district magistrate in Ranchi, India, on Friday. The "
        + "house was damaged.").type()).isEqualTo(IncidentType.UNARMED_ASSAULT);
    assertThat(first("A driver tried to run over worshippers outside a synagogue in Haifa, Israel, on Friday. "
        + "Nobody was hurt.").type()).isEqualTo(IncidentType.UNARMED_ASSAULT);
    // beheaded captives were in the attackers' hands: the GTD's hostage taking (AttackTypeHierarchyTest)
    assertThat(first("Militants beheaded three captured soldiers near Kismayo, Somalia, on Friday.").type())
        .isEqualTo(IncidentType.KIDNAPPING);
  }

  @Test
  void an_attack_told_as_one_of_a_series_keeps_the_words_that_say_so() {
    Incident i = first("Gunmen opened fire on a police post in Garissa, Kenya, on Friday, killing two officers. It "
        + "was one of three coordinated attacks on police posts in the county that night.");
    assertThat(i.evidence()).filteredOn(e -> e.field().equals("series")).extracting(Evidence::text)
        .containsExactly("one of three coordinated attacks");
    assertThat(first("Gunmen opened fire on a police post in Garissa, Kenya, on Friday, killing two officers.")
        .evidence()).noneMatch(e -> e.field().equals("series"));
  }

  @Test
  void armed_men_attacking_something_named_in_a_named_town_is_an_incident() {
    List<Incident> named = Engines.bundled().extract(Report.of("test", "Assailants attacked the Volta Cultural Centre "
        + "in Tamale, Ghana, on Friday. Nobody was hurt.", PUBLISHED)).incidents();
    assertThat(named).hasSize(1);
    assertThat(named.get(0).location()).isNotNull();
    List<Incident> unnamed = Engines.bundled().extract(Report.of("test", "Assailants attacked in Tamale, Ghana, on "
        + "Friday, a resident wrote.", PUBLISHED)).incidents();
    assertThat(unnamed).isEmpty();
  }

  @Test
  void a_clash_near_a_mine_is_no_bombing_but_a_mine_that_blew_up_is() {
    Incident clash = first("Five soldiers and eleven rebels died in fighting near a mine in the hills of Cajamarca, "
        + "Peru, on Friday.");
    assertThat(clash.type()).isNotEqualTo(IncidentType.BOMBING);
    assertThat(clash.weapons()).noneMatch(w -> w.text().equalsIgnoreCase("mine"));
    assertThat(first("Two soldiers were killed when their truck struck a mine near Cajamarca, Peru, on Friday.").type())
        .isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_grenade_thrown_or_hurled_at_people_is_a_bombing() {
    Incident i = first("A grenade thrown at a police post in Anantnag injured three constables on Friday.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.casualties().wounded()).isEqualTo(Count.exact(3));
    assertThat(first("A hand grenade was hurled into a bus stand in Sopore on Thursday, wounding nine people.").type())
        .isEqualTo(IncidentType.BOMBING);
  }
}
