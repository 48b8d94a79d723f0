package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of field errors found on real summaries (issue 14), each with sentences of our own:
 * attacks aimed at one person are assassinations, the kind of target attacked, one person
 * killed when the text names no number, and the words of the people counted and of a target
 * ending before a day or the sentence's verb.
 */
class FieldClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  private static TargetType targetType(Incident i) {
    assertThat(i.targets()).isNotEmpty();
    return i.targets().get(0).type();
  }

  @Test
  void gunmen_who_shot_and_killed_a_named_man_assassinated_him() {
    Incident i = first("Gunmen shot and killed Tomas Okafor, a district councillor, in Kaduna, Nigeria, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_bomb_under_the_car_of_a_governor_is_an_assassination_even_when_he_survives() {
    Incident i = first("A bomb attached to the car of the provincial governor exploded in Herat, Afghanistan. "
        + "The governor was unhurt but two guards were wounded.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void fire_opened_on_a_village_elder_is_aimed_at_him() {
    Incident i = first("Militants opened fire on a village elder near Kunduz, Afghanistan, on Tuesday.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void an_attack_on_an_army_patrol_stays_an_armed_assault() {
    Incident i = first("Gunmen opened fire on an army patrol near Gao, Mali, killing two soldiers.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void attackers_who_attacked_a_police_station_made_an_armed_assault() {
    Incident i = first("Unknown attackers attacked a police station in Owerri, Nigeria, late on Tuesday.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void an_attack_by_people_that_only_wounded_is_an_armed_assault() {
    Incident i = first("Assailants attacked travellers near Gao, Mali, on Tuesday. Three of them were wounded.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void an_explosive_laden_drone_shot_down_is_a_bombing_stopped_not_an_attack_on_a_facility() {
    Incident i = first("Air defences intercepted and destroyed an explosives-laden drone aimed at Jizan, Saudi Arabia, "
        + "on Tuesday. Nobody was hurt.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.status()).isEqualTo(Status.FOILED);
  }

  @Test
  void a_bridge_destroyed_stays_an_attack_on_a_facility() {
    Incident i = first("Rebels destroyed a bridge near Goma, Congo, on Tuesday.");
    assertThat(i.type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void an_attack_on_a_named_institution_is_no_assassination() {
    Incident i = first("Gunmen opened fire on United Nations Joint Logistics Base staff near Juba, South Sudan.");
    assertThat(i.type()).isNotEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_district_attacked_is_its_people_and_property() {
    Incident i = first("Insurgents attacked Chora district in Uruzgan, Afghanistan, overnight. "
        + "Three police officers were killed in the fighting.");
    assertThat(targetType(i)).isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void security_forces_attacked_are_military() {
    Incident i = first("A roadside bomb struck a security forces convoy near Marib, Yemen, wounding four.");
    assertThat(targetType(i)).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_security_post_where_police_officers_fell_is_the_polices() {
    Incident i = first("Insurgents stormed a security post in Kunduz, Afghanistan, on Friday night. Three police "
        + "officers were killed.");
    assertThat(targetType(i)).isEqualTo(TargetType.POLICE);
  }

  @Test
  void an_army_post_where_police_officers_also_fell_stays_military() {
    Incident i = first("Insurgents stormed an army post in Kunduz, Afghanistan, on Friday night. Three soldiers and "
        + "a police officer were killed.");
    assertThat(targetType(i)).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_village_administrator_and_a_district_commissioner_are_government() {
    assertThat(targetType(first("Gunmen shot and wounded a village administrator in Sagaing, Myanmar, on Monday.")))
        .isEqualTo(TargetType.GOVERNMENT);
    Incident i = first("A bomb went off under the car of a district commissioner in Mogadishu, Somalia, on Monday; "
        + "he was unhurt.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
    assertThat(targetType(i)).isEqualTo(TargetType.GOVERNMENT);
  }

  @Test
  void construction_workers_are_a_business() {
    assertThat(targetType(first("Militants abducted five construction workers near Kismayo, Somalia, on Monday.")))
        .isEqualTo(TargetType.BUSINESS);
  }

  @Test
  void a_tribal_elder_is_a_private_citizen() {
    Incident i = first("A roadside bomb killed a tribal elder in Khost, Afghanistan, on Sunday.");
    assertThat(targetType(i)).isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void a_pro_government_militia_is_a_non_state_militia() {
    Incident i = first("Gunmen attacked a pro-government militia outpost in Faryab, Afghanistan, killing three members.");
    assertThat(targetType(i)).isEqualTo(TargetType.NON_STATE_MILITIA);
  }

  @Test
  void a_police_district_named_as_a_place_is_no_police_target() {
    Incident i = first("A bomb exploded near a bakery in Police District 6 of Kabul, Afghanistan, wounding a baker.");
    assertThat(i.targets()).extracting(Target::type).doesNotContain(TargetType.POLICE);
  }

  @Test
  void a_man_named_by_one_word_before_an_appositive_counts_as_one_killed() {
    Incident i = first("Gunmen opened fire on a car in Jalalabad, Afghanistan. "
        + "Rahimi, a teacher at the local school, was killed in the attack.");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_name_in_brackets_does_not_hide_the_death() {
    Incident i = first("Gunmen attacked a checkpoint in Peshawar, Pakistan. "
        + "One guard (Karim Baig) was killed in the attack.");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void he_was_killed_and_a_name_shot_and_killed_count_one_each() {
    assertThat(first("Gunmen attacked a shop in Maiduguri, Nigeria, on Friday. He was killed in the attack.")
        .casualties().killed()).isEqualTo(Count.exact(1));
    assertThat(first("Gunmen attacked a shop in Quetta, Pakistan, on Friday. Hamidi was shot and killed.")
        .casualties().killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_gold_mine_attacked_is_a_site_and_no_explosive() {
    Incident i = first("Gunmen raided a gold mine near Kidal, Mali, on Friday, killing six miners.");
    assertThat(i.weapons()).extracting(Weapon::type).doesNotContain(WeaponType.EXPLOSIVES);
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_car_is_the_weapon_only_when_it_was_driven_at_people() {
    assertThat(first("A man drove a van into a crowd of shoppers in Graz, Austria, on Saturday, killing three.")
        .weapons()).extracting(Weapon::type).contains(WeaponType.VEHICLE);
    assertThat(first("Gunmen shot dead a judge in Cali, Colombia, on Saturday while she was driving her vehicle to court.")
        .weapons()).extracting(Weapon::type).doesNotContain(WeaponType.VEHICLE);
  }

  @Test
  void machinegun_fire_and_carbines_are_firearms() {
    Incident i = first("Guerrillas attacked the police post in Cuilapa, Guatemala, on Monday with machinegun fire and "
        + "stole about 90 carbines.");
    assertThat(i.weapons()).extracting(Weapon::type).contains(WeaponType.FIREARMS);
    assertThat(i.victims()).extracting(Victim::text).noneMatch(v -> v.contains("carbines"));
  }

  @Test
  void a_day_or_a_verb_after_the_people_counted_is_no_part_of_them() {
    assertThat(first("A roadside bomb killed three soldiers Tuesday near Lashkar Gah.").victims())
        .extracting(Victim::text).containsExactly("three soldiers");
    assertThat(first("Gunmen killed four teachers last week at a school near Maiduguri.").victims())
        .extracting(Victim::text).containsExactly("four teachers");
    assertThat(first("The killing of five traders shocked the town.").victims())
        .extracting(Victim::text).containsExactly("five traders");
  }

  @Test
  void a_day_after_the_target_is_no_part_of_it() {
    assertThat(first("Gunmen raided two villages last week in Zamfara, killing nine people.").targets())
        .extracting(Target::text).doesNotContain("villages last").contains("villages");
  }
}
