package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of errors found by probing the engine with ordinary reports of violence (issue 14,
 * "extraction that is right on real news"), each with short reports of our own in the style of
 * wire news.
 */
class ViolentNewsClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_train_derailed_with_explosives_was_bombed() {
    Incident i = first("Militants derailed a passenger train with explosives near Quetta, killing six.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.casualties().killed().value()).isEqualTo(6);
  }

  @Test
  void an_attack_whose_authors_claim_to_have_killed_soldiers_is_news_not_a_recollection() {
    Incident i = first("MOGADISHU, May 6 (Wire) - Al Shabaab militants attacked a military base in the Lower Shabelle "
        + "region on Thursday, the group said, claiming to have killed 30 soldiers.");
    assertThat(i.background()).isFalse();
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(Engines.incidents("Al Shabaab has killed hundreds of soldiers since 2010.", PUBLISHED)).isEmpty();
  }

  @Test
  void a_road_or_rail_accident_with_its_dead_is_no_incident() {
    assertThat(Engines.incidents("A bus crashed into a ravine near Multan on Sunday, killing 40 passengers, "
        + "officials said.", PUBLISHED)).isEmpty();
    assertThat(Engines.incidents("A train derailed near Multan on Sunday, killing 40 passengers.", PUBLISHED)).isEmpty();
  }

  @Test
  void a_vehicle_that_crashed_after_an_attack_still_counts_the_attacks_dead() {
    Incident i = first("Gunmen opened fire on a bus near Multan on Sunday. The bus overturned, killing 12 passengers.");
    assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(i.casualties().killed().value()).isEqualTo(12);
  }

  @Test
  void a_pipeline_sabotaged_with_explosives_was_bombed() {
    Incident i = first("Insurgents sabotaged a gas pipeline in the Sinai with explosives on Monday, officials said.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_train_derailed_by_other_means_was_an_attack_on_the_railway() {
    Incident i = first("Rebels derailed a freight train near Bhopal by removing bolts from the track, police said.");
    assertThat(i.type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }

  @Test
  void a_city_a_missile_struck_a_flat_in_is_where_not_what_was_struck() {
    Incident i = first("A Russian missile struck a flat in Kharkiv on Tuesday, killing three people, the regional "
        + "governor said.");
    assertThat(i.targets()).extracting(Target::text).containsExactly("flat").doesNotContain("Kharkiv");
    assertThat(i.location().city()).isEqualTo("Kharkiv");
  }

  @Test
  void a_hospital_shelled_is_a_target() {
    Incident i = first("Rebels shelled a hospital in El Fasher on Wednesday, killing four patients, a medical "
        + "charity said.");
    assertThat(i.targets()).extracting(Target::type, Target::text)
        .contains(org.assertj.core.groups.Tuple.tuple(TargetType.BUSINESS, "hospital"));
  }

  @Test
  void the_hospital_the_wounded_were_taken_to_is_no_target() {
    Incident i = first("Gunmen attacked a bus station in Kano on Monday, killing two people; the wounded were "
        + "rushed to a nearby hospital, police said.");
    assertThat(i.targets()).extracting(Target::text).noneMatch(t -> t.contains("hospital"));
  }

  @Test
  void people_held_hostage_now_are_an_incident() {
    Incident i = first("Gunmen are holding 30 bus passengers hostage near Zinder.");
    assertThat(i.type()).isEqualTo(IncidentType.HOSTAGE_BARRICADE);
    assertThat(i.casualties().kidnapped().value()).isEqualTo(30);
  }

  @Test
  void people_just_taken_hostage_are_an_incident() {
    Incident i = first("Militants have taken 12 workers hostage.");
    assertThat(i.casualties().kidnapped().value()).isEqualTo(12);
    assertThat(i.perpetrators()).isNotEmpty();
  }

  @Test
  void hostages_named_in_talks_of_their_release_are_no_new_incident() {
    assertThat(Engines.incidents("Talks on the release of the hostages resumed in Doha on Monday, a mediator said.",
        PUBLISHED)).isEmpty();
  }

  @Test
  void members_of_a_family_killed_are_named_with_their_family() {
    Incident i = first("Gunmen killed 11 members of a family in a village near Jos on Saturday, a local official said.");
    assertThat(i.victims()).extracting(Victim::text).containsExactly("11 members of a family");
    assertThat(i.casualties().killed().value()).isEqualTo(11);
  }

  @Test
  void members_of_a_party_stay_members() {
    Incident i = first("Five members of the ruling party were killed in an ambush near Beni on Monday.");
    assertThat(i.victims()).extracting(Victim::text).containsExactly("Five members");
  }
}
