package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Classes of target-type errors found on real summaries (issue 14, fourth field round), each with
 * sentences of our own: telecommunication and power installations, fuel stations.
 */
class TargetTypeClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static TargetType targetType(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    assertThat(incidents.get(0).targets()).isNotEmpty();
    return incidents.get(0).targets().get(0).type();
  }

  @Test
  void a_phone_mast_or_a_cell_tower_set_on_fire_is_telecommunication() {
    assertThat(targetType("Arsonists set fire to a cell tower in Leeds, England, on Monday.")).isEqualTo(
        TargetType.TELECOMMUNICATION);
    assertThat(targetType("Militants blew up a mobile phone mast in Garissa, Kenya, on Monday.")).isEqualTo(
        TargetType.TELECOMMUNICATION);
  }

  @Test
  void an_electricity_transmission_tower_bombed_is_a_utility() {
    assertThat(targetType("A bomb exploded at an electricity transmission tower near Tikrit, Iraq, on Monday."))
        .isEqualTo(TargetType.UTILITIES);
  }

  @Test
  void an_air_base_shelled_is_military() {
    assertThat(targetType("Rebels fired rockets at an air base near Kandahar, Afghanistan, on Monday, damaging a hangar."))
        .isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_petrol_station_is_a_business() {
    assertThat(targetType("Gunmen set fire to a petrol station in Masaka, Uganda, on Monday.")).isEqualTo(
        TargetType.BUSINESS);
  }

  @Test
  void a_supply_convoy_of_the_coalition_is_military() {
    assertThat(targetType("A roadside bomb struck a logistics convoy of the international coalition near Hilla, "
        + "Iraq, on Monday. Nobody was hurt.")).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_member_of_a_named_force_shot_dead_is_that_forces_target() {
    assertThat(targetType("Gunmen shot and killed a security force member in Kandahar, Afghanistan, on Monday."))
        .isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_child_killed_by_a_bomb_with_nothing_else_named_makes_private_citizens_the_target() {
    assertThat(targetType("A bomb exploded in Chora, Afghanistan, on Monday. A child was killed and two others "
        + "were wounded.")).isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void soldiers_harmed_keep_their_own_target_type() {
    assertThat(targetType("A bomb exploded in Chora, Afghanistan, on Monday. Two soldiers were killed."))
        .isEqualTo(TargetType.MILITARY);
  }

  @Test
  void shops_clinics_and_construction_machinery_are_businesses() {
    assertThat(targetType("Gunmen set fire to a liquor store in Jos, Nigeria, on Monday.")).isEqualTo(TargetType.BUSINESS);
    assertThat(targetType("A bomb exploded outside a clinic in Kunduz, Afghanistan, on Monday.")).isEqualTo(
        TargetType.BUSINESS);
    assertThat(targetType("Rebels set fire to the construction machinery of a road project in Temuco, Chile, on Monday.")).isEqualTo(
        TargetType.BUSINESS);
  }

  @Test
  void activists_social_leaders_and_herdsmen_are_private_citizens() {
    assertThat(targetType("Gunmen shot and wounded two activists in Basra, Iraq, on Monday."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
    assertThat(targetType("Gunmen shot dead a social leader in Tumaco, Colombia, on Friday."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
    assertThat(targetType("Gunmen opened fire on herdsmen near Owerri, Nigeria, killing three."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void a_state_force_named_as_what_was_attacked_gives_its_kind() {
    assertThat(targetType("Gunmen attacked a Frontier Corps checkpost in Turbat, Balochistan, Pakistan, on Monday."))
        .isEqualTo(TargetType.MILITARY);
    assertThat(targetType("Militants threw a grenade at a Central Reserve Police Force camp in Pulwama, Jammu and "
        + "Kashmir, India, on Monday.")).isEqualTo(TargetType.POLICE);
  }

  @Test
  void the_house_of_an_army_officer_is_the_armys_target() {
    assertThat(targetType("Gunmen threw a grenade at the house of an Iraqi Army colonel in Baqubah, Diyala, Iraq, on "
        + "Monday.")).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void who_told_or_blamed_is_no_target() {
    for (String text : List.of(
        "A roadside bomb killed three villagers near Khost, Afghanistan, on Monday, provincial officials said.",
        "A bomb exploded in a market in Mogadishu, Somalia, on Monday, killing four people, the mayor's spokesman said.",
        "Gunmen shot dead a shopkeeper in Peshawar, Pakistan, on Monday. Police blamed the Pakistani Taliban.")) {
      List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
      assertThat(incidents).as(text).singleElement().satisfies(i -> assertThat(i.targets()).extracting(Target::type)
          .isNotEmpty().containsOnly(TargetType.PRIVATE_CITIZENS));
    }
  }

  @Test
  void an_official_quoted_on_a_killing_does_not_make_it_an_assassination() {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", "Gunmen shot dead a shopkeeper in Peshawar, "
        + "Pakistan, on Monday, according to the district governor.", PUBLISHED)).incidents();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
      assertThat(i.targets()).extracting(Target::type).containsOnly(TargetType.PRIVATE_CITIZENS);
    });
  }

  @Test
  void a_named_neighbourhood_beside_what_was_attacked_is_only_where() {
    assertThat(targetType("A bomb exploded near an army vehicle in Shah Shaheed neighborhood, Kabul, Afghanistan, on "
        + "Monday, wounding two soldiers.")).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void a_man_called_a_police_informer_is_a_private_citizen() {
    assertThat(targetType("Maoists shot dead a suspected police informer in Sukma, Chhattisgarh, India, on Monday."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void an_office_said_of_the_victim_in_a_later_sentence_is_the_target() {
    assertThat(targetType("Gunmen shot dead a man in Kunduz, Afghanistan, on Monday. He was a district official."))
        .isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("Gunmen set fire to the house of Ahmad Rahimi in Kabul, Afghanistan, on Monday. Rahimi, a "
        + "local councilor, was not at home.")).isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("Militants threw a grenade at the car of Juma Okello in Gulu, Uganda, on Monday. Okello, a "
        + "police officer, escaped unhurt.")).isEqualTo(TargetType.POLICE);
  }

  @Test
  void a_name_described_only_by_a_trade_stays_a_private_citizen() {
    assertThat(targetType("Gunmen shot dead Juma Okello in Gulu, Uganda, on Monday. Okello, a farmer, was walking to "
        + "his field.")).isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void the_last_noun_of_a_compound_is_what_was_attacked() {
    assertThat(targetType("Gunmen stabbed and killed a village tract administrator near Monywa, Myanmar, on Monday."))
        .isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("A bomb damaged the Government High School in Myawaddy, Myanmar, on Monday."))
        .isEqualTo(TargetType.EDUCATIONAL);
  }

  @Test
  void a_thing_carrying_people_is_not_a_compound_with_them() {
    assertThat(targetType("A roadside bomb struck a minibus carrying civilians in Kabul, Afghanistan, on Monday."))
        .isEqualTo(TargetType.TRANSPORTATION);
  }

  @Test
  void a_police_or_army_word_before_another_names_its_owner() {
    assertThat(targetType("Rebels threw a grenade at a police substation in Jamundi, Colombia, on Monday."))
        .isEqualTo(TargetType.POLICE);
  }

  @Test
  void premises_are_typed_by_their_owner() {
    assertThat(targetType("Rebels bombed the company offices in Oruro, Bolivia, on Monday.")).isEqualTo(
        TargetType.BUSINESS);
  }

  @Test
  void councilors_members_of_parliament_and_religious_scholars_have_their_offices() {
    assertThat(targetType("Gunmen shot dead a city councilor in Cebu, Philippines, on Monday."))
        .isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("Gunmen opened fire on the convoy of an MP in Jalalabad, Afghanistan, on Monday."))
        .isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("Gunmen shot dead a religious scholar in Quetta, Pakistan, on Monday."))
        .isEqualTo(TargetType.RELIGIOUS);
  }

  @Test
  void a_town_that_rockets_or_mortars_were_fired_at_or_landed_in_is_its_people_and_property() {
    assertThat(targetType("Militants fired mortars at Kusaybah, Iraq, on Monday. Nobody was hurt."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
    assertThat(targetType("Militants fired a rocket that landed in Ashkelon, Israel, on Monday. Nobody was hurt."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
    assertThat(targetType("Rebels fired artillery into residential neighborhoods of Taiz, Yemen, on Monday."))
        .isEqualTo(TargetType.PRIVATE_CITIZENS);
  }

  @Test
  void what_a_rocket_struck_comes_before_the_town_it_struck_in() {
    assertThat(targetType("Militants fired a rocket that struck a store in Ashkelon, Israel, on Monday. Nobody was "
        + "hurt.")).isEqualTo(TargetType.BUSINESS);
  }

  @Test
  void an_administrative_post_or_an_intelligence_service_is_government() {
    assertThat(targetType("Insurgents attacked an administrative post in Mueda, Cabo Delgado, Mozambique, on Monday."))
        .isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("Gunmen shot dead an officer of the National Intelligence Service in Basra, Iraq, on Monday."))
        .isEqualTo(TargetType.GOVERNMENT);
  }

  @Test
  void a_person_killed_by_name_with_no_office_is_a_private_citizen() {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test",
        "Gunmen shot dead Anil Verma in Kanker, Chhattisgarh, India, on Monday.", PUBLISHED)).incidents();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.victims()).singleElement().satisfies(v -> assertThat(v.named()).isTrue());
      assertThat(i.targets()).extracting(Target::type).containsExactly(TargetType.PRIVATE_CITIZENS);
    });
  }

  @Test
  void the_west_bank_is_no_bank_and_youths_hurt_east_of_a_village_are_private_citizens() {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test",
        "Settlers attacked and injured three Palestinian youths east of Aqraba, West Bank, on Monday.", PUBLISHED))
        .incidents();
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.targets())
        .extracting(Target::type, Target::text).containsExactly(tuple(TargetType.PRIVATE_CITIZENS, "three Palestinian youths")));
  }
}
