package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Attack types when one attack is told with the words of several (issue 14, attack-type round
 * i18e), each class with sentences of our own: explosives thrown or fired with gunfire; victims
 * beheaded or soldiers who surrendered, who were in the attackers' hands; an assault that hurt
 * no one but took property; a bomb aimed at a named officer's car or at a senior officer; petrol
 * bombs thrown at people; a car driven at people; hand grenades thrown.
 */
class AttackTypeHierarchyTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void grenades_thrown_during_a_shooting_are_weapons_of_an_armed_assault() {
    assertThat(first("Gunmen opened fire and threw two grenades at a police post in Kobane, Syria, on Monday. "
        + "Nobody was hurt.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(first("Militants fired mortars and then opened fire on an army camp in Tadjoura, Djibouti, on "
        + "Monday. One soldier was killed.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(first("Fighters armed with rocket-propelled grenades and rifles attacked a police station in "
        + "Qalat, Afghanistan, on Monday. Four officers were killed.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_bomb_set_off_before_the_shooting_keeps_the_attack_a_bombing() {
    assertThat(first("Militants detonated a car bomb and then opened fire on an army base in Qalat, Afghanistan, "
        + "on Monday. Four soldiers were killed.").type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_grenade_thrown_without_gunfire_stays_a_bombing() {
    assertThat(first("Attackers threw a grenade at an army camp in Imphal, India, on Monday. One soldier was "
        + "injured in the blast.").type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void rockets_fired_at_a_town_are_shelling_not_gunfire() {
    assertThat(first("Air defences intercepted twenty rockets fired at Ashkelon, Israel, on Monday. Nobody "
        + "was hurt.").type()).isEqualTo(IncidentType.SHELLING);
  }

  @Test
  void villagers_beheaded_in_a_raid_were_taken_captive() {
    assertThat(first("Militants raided the village of Tumbo, Mozambique, on Monday. Six men were beheaded.").type())
        .isEqualTo(IncidentType.KIDNAPPING);
  }

  @Test
  void a_beheading_recalled_from_another_year_does_not_make_a_stabbing_a_kidnapping() {
    assertThat(first("A man stabbed and killed a police clerk in Lyon, France, on Monday. He had posted about the "
        + "beheading of a teacher in Paris in 2020.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void soldiers_who_surrendered_to_the_attackers_were_taken_captive() {
    assertThat(first("Taliban fighters attacked an army post in Jaghori, Afghanistan, on Monday. Three soldiers "
        + "were killed and twenty others surrendered to the attackers.").type()).isEqualTo(IncidentType.KIDNAPPING);
  }

  @Test
  void attackers_who_surrendered_to_the_police_took_no_one() {
    assertThat(first("Gunmen opened fire on a market in Jos, Nigeria, on Monday, killing two traders. Two of the "
        + "gunmen later surrendered to the police.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void an_assault_that_hurt_no_one_but_stole_property_was_an_attack_on_the_facility() {
    assertThat(first("Gunmen raided a polling station in Culiacan, Mexico, on Sunday. Nobody was hurt, "
        + "but the ballot boxes were stolen.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void an_assault_that_killed_and_stole_stays_an_armed_assault() {
    assertThat(first("Gunmen raided a cattle camp in Kachia, Nigeria, on Sunday. Two herders were killed and "
        + "forty cows were stolen.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_bomb_under_the_car_of_a_named_colonel_was_aimed_at_him() {
    assertThat(first("A bomb attached to the car of Colonel Hassan Warsame exploded in Baidoa, Somalia, on "
        + "Monday. The colonel was wounded.").type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_senior_officer_shot_dead_was_a_person_of_note_and_a_plain_officer_was_not() {
    assertThat(first("Gunmen shot and killed a senior intelligence officer in Basra, Iraq, on Monday.").type())
        .isEqualTo(IncidentType.ASSASSINATION);
    assertThat(first("Gunmen shot and killed a police officer in Basra, Iraq, on Monday.").type())
        .isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_name_followed_by_a_noun_is_a_place_or_a_unit_not_a_person() {
    assertThat(first("Gunmen opened fire on Fourth Brigade military forces near Daraa, Syria, on Monday. One "
        + "soldier was killed.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void petrol_bombs_thrown_at_officers_were_an_assault_on_them_and_at_a_house_an_attack_on_it() {
    assertThat(first("Youths threw petrol bombs at police officers in Derry, Northern Ireland, on Monday. No one "
        + "was hurt.").type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(first("Youths threw petrol bombs at a house in Derry, Northern Ireland, on Monday. No one was "
        + "hurt.").type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void a_car_driven_at_soldiers_was_an_unarmed_assault() {
    assertThat(first("A man drove his car towards soldiers at a checkpoint near Hebron, West Bank, on Monday. "
        + "Nobody was hurt.").type()).isEqualTo(IncidentType.UNARMED_ASSAULT);
    assertThat(first("A woman tried to ram a car into a crowd in Lyon, France, on Monday.").type())
        .isEqualTo(IncidentType.UNARMED_ASSAULT);
  }

  @Test
  void hand_grenades_thrown_in_a_town_were_a_bombing() {
    assertThat(first("Attackers threw hand grenades in Nawa, Syria, on Monday. The outcome is unknown.").type())
        .isEqualTo(IncidentType.BOMBING);
  }
}
