package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Political violence beyond terrorism: strikes from the air, shelling, clashes and state forces as actors. */
class PoliticalViolenceTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 20);

  private static Incident only(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0);
  }

  private static List<String> forces(Incident i) {
    return i.perpetrators().stream().map(Perpetrator::agency).filter(Objects::nonNull).map(AgencyRef::name).toList();
  }

  private static List<String> groups(Incident i) {
    return i.perpetrators().stream().map(Perpetrator::group).filter(Objects::nonNull).toList();
  }

  @Test
  void a_demonym_before_airstrikes_names_that_states_forces_as_the_perpetrator() {
    Incident i = only("Israeli airstrikes killed 12 people in Rafah on Saturday.");
    assertThat(i.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(forces(i)).containsExactly("Israel Defense Forces");
  }

  @Test
  void drones_that_struck_a_facility_made_an_air_strike_on_its_kind_of_target() {
    Incident i = only("Drones struck an energy facility in the Odesa region overnight, cutting power to thousands "
        + "of homes.");
    assertThat(i.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(i.targets()).extracting(Target::type).first().isEqualTo(TargetType.UTILITIES);
  }

  @Test
  void police_who_shot_the_attacker_answered_the_attack_and_did_not_commit_it() {
    Incident i = only("A man armed with a knife attacked passers-by near a station in Lille on Tuesday, wounding "
        + "three people before police shot and wounded him.");
    assertThat(forces(i)).isEmpty();
    assertThat(only("Police shot him dead during a protest in Nairobi on Tuesday.").perpetrators())
        .extracting(Perpetrator::mention).containsExactly("Police");
  }

  @Test
  void forces_that_killed_someone_who_was_attacking_answered_the_attack_whatever_is_told_first() {
    Incident mosque = only("Police shot dead a gunman who opened fire on worshippers at a mosque in Kandahar on "
        + "Friday, wounding four people.");
    assertThat(mosque.perpetrators()).extracting(Perpetrator::mention).containsExactly("gunman");
    assertThat(mosque.targets()).extracting(Target::text).contains("worshippers").doesNotContain("Police");
    Incident post = only("Soldiers killed three suspected militants who attacked a police post in Bannu on Friday.");
    assertThat(forces(post)).isEmpty();
    assertThat(post.targets()).extracting(Target::type).containsExactly(TargetType.POLICE);
    Incident stab = only("Troops shot dead a man who tried to stab a guard at a checkpoint near Jenin on Friday.");
    assertThat(forces(stab)).isEmpty();
    assertThat(stab.status()).isEqualTo(Status.ATTEMPTED);
  }

  @Test
  void forces_that_shelled_a_city_are_the_perpetrators_of_the_shelling() {
    Incident i = only("Russian forces shelled Kharkiv overnight on Friday, killing three civilians.");
    assertThat(i.type()).isEqualTo(IncidentType.SHELLING);
    assertThat(forces(i)).containsExactly("Armed Forces of the Russian Federation");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(3));
  }

  @Test
  void a_force_after_by_is_the_agent_of_the_violence() {
    Incident i = only("Five civilians were killed by Russian shelling in Kherson on Friday.");
    assertThat(forces(i)).containsExactly("Armed Forces of the Russian Federation");
  }

  @Test
  void troops_clashing_with_a_group_make_a_clash_with_both_sides_but_not_the_army_that_reports_it() {
    Incident i = only("Nigerian troops clashed with Boko Haram fighters near Dikwa on Friday, killing 17 insurgents, "
        + "the army said.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
    assertThat(groups(i)).containsExactly("Boko Haram");
    assertThat(forces(i)).containsExactly("Nigerian Army");
  }

  @Test
  void a_clash_between_police_and_protesters_is_a_riot() {
    Incident i = only("Police clashed with protesters in Nairobi on Friday and two people were killed.");
    assertThat(i.type()).isEqualTo(IncidentType.OTHER_VIOLENCE);
  }

  @Test
  void a_group_whose_fighters_a_strike_killed_is_not_its_perpetrator_nor_are_they_counted_as_perpetrators() {
    Incident i = only("An American drone strike killed four al-Shabab fighters near Jilib on Friday.");
    assertThat(groups(i)).isEmpty();
    assertThat(i.casualties().perpetratorsKilled()).isNull();
    assertThat(i.victims()).extracting(Victim::text).containsExactly("four al-Shabab fighters");
  }

  @Test
  void army_inside_the_name_of_the_balochistan_liberation_army_is_no_agency() {
    Incident i = only("Police arrested three members of the Balochistan Liberation Army in Turbat on Friday.");
    assertThat(i.agencies()).extracting(AgencyRef::name).containsExactly("police");
    assertThat(groups(i)).containsExactly("Balochistan Liberation Army");
  }

  @Test
  void two_suicide_vests_seized_are_not_two_people_kidnapped() {
    Incident i = only("Police arrested three militants in Turbat on Friday and seized two suicide vests.");
    assertThat(i.casualties().kidnapped()).isNull();
    assertThat(i.casualties().arrested()).isEqualTo(Count.exact(3));
  }

  @Test
  void a_peacekeeping_force_named_in_the_story_is_not_a_perpetrator() {
    Incident i = only("Al-Shabab fighters attacked a base of the African Union peacekeeping force in Lower Shabelle "
        + "on Friday, killing 10 soldiers.");
    assertThat(groups(i)).containsExactly("Al-Shabaab");
    assertThat(forces(i)).isEmpty();
  }

  @Test
  void fighters_named_with_the_attacking_group_are_not_a_target() {
    Incident i = only("UN peacekeepers were attacked by ADF rebels near Beni, North Kivu, on Friday, killing two peacekeepers.");
    assertThat(groups(i)).containsExactly("Allied Democratic Forces");
    assertThat(i.targets()).extracting(Target::type).doesNotContain(TargetType.NON_STATE_MILITIA);
  }

  @Test
  void a_military_operation_does_not_make_the_military_its_perpetrator() {
    Incident i = only("Gunmen attacked a checkpoint in Kandahar on Friday during a military operation, killing four soldiers.");
    assertThat(forces(i)).isEmpty();
  }

  @Test
  void forces_that_militants_attacked_before_a_clash_are_its_target_not_a_party_to_it() {
    Incident i = only("Militants attacked an army outpost near Kunduz on Friday and two militants died in the clash "
        + "that followed.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
    assertThat(forces(i)).isEmpty();
    assertThat(i.targets()).extracting(Target::type).contains(TargetType.MILITARY);
  }

  @Test
  void rockets_that_landed_are_shelling_even_with_nobody_hurt() {
    Incident i = only("Three rockets landed in a village near Sderot, Israel, on Friday; nobody was hurt.");
    assertThat(i.type()).isEqualTo(IncidentType.SHELLING);
  }

  @Test
  void rockets_fired_into_a_base_are_shelling_and_a_drone_used_to_target_a_post_is_a_strike() {
    assertThat(only("Militants fired four rockets into an air base near Balad, Iraq, on Friday.").type())
        .isEqualTo(IncidentType.SHELLING);
    assertThat(only("Insurgents used a drone to target an army post in Kunduz, Afghanistan, on Friday.").type())
        .isEqualTo(IncidentType.AIR_STRIKE);
  }

  @Test
  void a_group_whose_camp_was_struck_is_neither_the_perpetrator_nor_a_suspect() {
    Incident i = only("On 9 April 2024, military forces conducted an airstrike on a suspected ISWAP camp near "
        + "Marte, Borno.");
    assertThat(groups(i)).isEmpty();
    assertThat(forces(i)).isNotEmpty();
    assertThat(i.claim()).isNotEqualTo(Claim.SUSPECTED);
  }

  @Test
  void officials_who_blamed_a_bombing_on_a_group_still_name_its_perpetrator() {
    Incident i = only("A bomb went off in a crowded market in Baidoa on Monday, killing six traders. Officials "
        + "blamed the bombing on al-Shabaab.");
    assertThat(groups(i)).containsExactly("Al-Shabaab");
  }

  @Test
  void the_positions_warplanes_struck_are_not_the_province_they_lie_in() {
    Incident i = only("Turkish warplanes struck PKK positions in Duhok province on Thursday, the defence ministry said.");
    assertThat(groups(i)).isEmpty();
    assertThat(i.targets()).extracting(Target::text).doesNotContain("Duhok province");
    assertThat(i.location().countryCode()).isEqualTo("IQ");
  }

  @Test
  void the_nationality_of_the_troops_does_not_move_the_fighting_into_their_country() {
    Incident i = only("Kenyan troops killed 12 al-Shabaab fighters in a raid near Jilib on Sunday.");
    assertThat(i.location().countryCode()).isEqualTo("SO");
    assertThat(i.location().city()).isEqualTo("Jilib");
    assertThat(forces(i)).containsExactly("Kenya Defence Forces");
  }

  @Test
  void us_in_capitals_before_forces_names_the_american_forces_and_not_the_place() {
    Incident i = only("US forces carried out a drone strike near Jilib on Saturday.");
    assertThat(i.location().countryCode()).isEqualTo("SO");
    assertThat(i.perpetrators()).extracting(p -> p.agency() == null ? null : p.agency().countryCode())
        .containsExactly("US"); // the drone is the forces' weapon, not a second actor
  }

  @Test
  void an_air_force_that_bombed_made_an_air_strike_and_government_warplanes_are_no_government_target() {
    Incident byAirForce = only("The air force bombed a militant hideout in North Waziristan on Wednesday.");
    assertThat(byAirForce.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(byAirForce.perpetrators()).extracting(Perpetrator::mention).containsExactly("air force");
    Incident byWarplanes = only("Government warplanes bombed rebel positions in Sagaing on Monday, killing 12 fighters.");
    assertThat(byWarplanes.targets()).extracting(Target::type).doesNotContain(TargetType.GOVERNMENT);
  }

  @Test
  void patrols_of_soldiers_that_killed_are_the_perpetrators_not_a_military_target() {
    Incident i = only("Military patrols killed three journalists near Kiwanja on Tuesday.");
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).containsExactly("Military patrols");
    assertThat(i.targets()).extracting(Target::type).containsExactly(TargetType.JOURNALISTS);
  }

  @Test
  void a_group_written_without_its_hyphen_is_still_the_group_of_that_canonical_name() {
    Incident i = only("Suspected Al Shabaab militants detonated a roadside bomb against a convoy on Tuesday, "
        + "wounding three soldiers.");
    assertThat(groups(i)).containsExactly("Al-Shabaab");
  }

  @Test
  void militias_blamed_for_similar_attacks_are_no_attribution_of_this_one() {
    Incident i = only("Two rockets hit the Green Zone in Baghdad late on Tuesday, causing no casualties. Iran-backed "
        + "militias have been blamed for similar attacks in the past.");
    assertThat(i.perpetrators()).isEmpty();
    assertThat(i.claim()).isEqualTo(Claim.UNKNOWN);
  }

  @Test
  void the_base_that_rockets_hit_is_not_the_network_called_the_base() {
    Incident i = only("Three rockets struck an army base near Kirkuk on Monday. Officials blamed Kataib Hezbollah, "
        + "which has carried out earlier attacks on the base.");
    assertThat(groups(i)).containsExactly("Kata'ib Hezbollah");
  }

  @Test
  void soldiers_who_shot_the_gunman_dead_are_neither_perpetrators_nor_targets() {
    Incident i = only("A man opened fire in a cafe in Hodan district of Mogadishu on Friday, killing three customers. "
        + "He was shot dead by off-duty soldiers who were eating there, police said.");
    assertThat(forces(i)).isEmpty();
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).containsExactly("A man");
    assertThat(i.targets()).extracting(Target::type).doesNotContain(TargetType.MILITARY);
  }

  @Test
  void a_group_that_says_its_fighters_carried_out_a_raid_claims_it_and_they_are_no_target() {
    Incident i = only("Militants stormed a police post in Lakki Marwat district before dawn on Sunday, killing four "
        + "policemen. The Pakistani Taliban said their fighters carried out the raid.");
    assertThat(i.claim()).isEqualTo(Claim.CLAIMED);
    assertThat(i.targets()).extracting(Target::type).doesNotContain(TargetType.NON_STATE_MILITIA);
  }

  @Test
  void aircraft_that_struck_are_the_strike_and_its_authors_not_its_target() {
    Incident i = only("Turkish aircraft struck a farmhouse near Zakho on Thursday, killing four shepherds.");
    assertThat(i.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(forces(i)).isNotEmpty().allMatch(f -> f.startsWith("Turkish"));
    assertThat(i.targets()).extracting(Target::text).noneMatch(t -> t.contains("aircraft"));
  }

  @Test
  void suspected_fighters_killed_by_a_drone_are_its_victims_not_its_authors() {
    Incident i = only("A drone strike on a pickup near Jilib killed four suspected al-Shabaab fighters on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.AIR_STRIKE);
    assertThat(i.perpetrators()).extracting(Perpetrator::mention).noneMatch(m -> m.contains("fighters"));
    assertThat(groups(i)).isEmpty();
  }

  @Test
  void tank_fire_that_killed_people_east_of_a_town_is_shelling_by_the_demonyms_army_there() {
    Incident i = only("Israeli tank fire killed two farmers east of Deir al-Balah on Sunday, medics said.");
    assertThat(i.type()).isEqualTo(IncidentType.SHELLING);
    assertThat(forces(i)).containsExactly("Israel Defense Forces");
    assertThat(i.targets()).extracting(Target::text).containsExactly("farmers");
    assertThat(i.location().countryCode()).as("Deir al-Balah lies in Gaza, whatever the demonym").isEqualTo("PS");
  }
}
