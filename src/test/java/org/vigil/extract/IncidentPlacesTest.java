package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Where the engine puts each incident of a short report. */
class IncidentPlacesTest {

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 4, 20))).incidents();
  }

  @Test
  void a_nationality_word_of_the_victims_is_not_where_the_incident_happened() {
    List<Incident> found = incidents("Gunmen stormed a road builder's yard in Kaduna, Nigeria, on Monday. "
        + "Two guards were killed and four Chinese engineers were abducted in the raid.");
    assertThat(found).isNotEmpty().allSatisfy(i -> assertThat(i.location().countryCode()).isEqualTo("NG"));
  }

  @Test
  void a_nationality_word_of_the_attacker_does_not_outvote_the_country_named() {
    List<Incident> found = incidents("A man stabbed a shopkeeper near Beersheba, Southern District, Israel. "
        + "Police said the attacker was a Palestinian from Hebron.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().countryCode()).isEqualTo("IL");
  }

  private static List<String> placeWords(Incident i, String field) {
    return i.evidence().stream().filter(e -> e.field().equals(field)).map(Evidence::text).toList();
  }

  @Test
  void the_containers_written_after_the_place_are_kept_as_its_evidence() {
    List<Incident> found = incidents("Militants stormed an army outpost near Gereshk in Helmand Province, "
        + "Afghanistan, on Sunday, killing six soldiers.");
    assertThat(found).hasSize(1);
    assertThat(placeWords(found.get(0), "location")).containsExactly("near Gereshk");
    assertThat(placeWords(found.get(0), PlaceWords.CONTAINER)).containsExactly("Helmand Province", "Afghanistan");
  }

  @Test
  void the_site_of_the_attack_clause_is_kept_with_its_words_and_an_area_noun_naming_the_city_is_not() {
    List<Incident> found = incidents("A bomb went off at the crowded bus station in Kano on Monday, killing four "
        + "people. Two people were wounded when a grenade exploded in the city of Jos on Tuesday.");
    assertThat(found).hasSize(2);
    assertThat(placeWords(found.get(0), PlaceWords.SITE)).containsExactly("the crowded bus station");
    assertThat(found.get(1).location().name()).isEqualTo("Jos");
    assertThat(placeWords(found.get(1), PlaceWords.SITE)).as("'the city of Jos' is Jos").isEmpty();
  }

  @Test
  void the_countries_of_the_group_named_pick_among_homonyms_the_text_does_not_place() {
    List<Incident> found = incidents("ADF rebels killed 12 villagers with machetes in Beni on Tuesday night.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).location().countryCode()).as("Beni of North Kivu, not the Bolivian department")
        .isEqualTo("CD");
  }

  @Test
  void a_capital_that_blames_or_condemns_is_a_government_speaking_not_the_place() {
    List<Incident> found = incidents("Gunmen shot dead a village headman on Friday. Moscow blamed the killing "
        + "on separatists, and Kyiv condemned it.");
    assertThat(found).isNotEmpty().allSatisfy(i -> assertThat(i.location() == null ? null : i.location().city())
        .isNotIn("Moscow", "Kyiv"));
  }

  @Test
  void an_attack_told_as_what_happened_hours_later_keeps_the_day_and_area_of_the_one_before_not_the_datelines() {
    List<Incident> found = Engines.bundled().extract(Report.of("test", "ABUJA, Nigeria - Gunmen killed nine "
        + "farmers in an attack on Tunga village in Niger state on Thursday, police said. Hours later, gunmen "
        + "attacked a second village nearby, killing three people.", LocalDate.of(2024, 4, 20))).incidents();
    assertThat(found).hasSize(2).allSatisfy(i -> {
      assertThat(i.date().value()).isEqualTo("2024-04-18");
      assertThat(i.location().admin1()).isEqualTo("Niger");
    });
  }

  @Test
  void the_country_named_as_the_place_wins_a_tie_with_nationality_words() {
    List<Incident> found = incidents("A French soldier died when a roadside bomb hit his patrol in central Mali on "
        + "Monday, the French army said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().countryCode()).isEqualTo("ML");
  }

  @Test
  void the_area_of_a_series_is_not_the_place_of_the_attack_that_was_one_of_it() {
    List<Incident> found = incidents("Militants attacked Obe district, Herat, Afghanistan. "
        + "This was one of six coordinated attacks on districts in Herat the same night.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().name()).as("not the city of Herat").isEqualTo("Obe district");
  }

  @Test
  void the_country_across_a_border_is_not_where_the_incident_happened() {
    List<Incident> found = incidents("BAMAKO, April 20 (Wire) - Jihadists attacked an army post in Boulkessi near "
        + "the border with Burkina Faso on Tuesday, killing seven soldiers, the army said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().countryCode()).isEqualTo("ML");
  }

  @Test
  void the_dateline_city_is_not_the_place_of_an_incident_in_another_part_of_its_country() {
    List<Incident> south = incidents("BEIRUT, April 20 (Wire) - A drone strike on a car in southern Lebanon killed two "
        + "men on Monday, the group said.");
    assertThat(south).isNotEmpty();
    assertThat(south.get(0).location().name()).as("Beirut is not in the south").isEqualTo("Lebanon");
    List<Incident> north = incidents("MOSUL, April 20 (Wire) - A roadside bomb killed two soldiers in northern Iraq "
        + "on Monday, the army said.");
    assertThat(north).isNotEmpty();
    assertThat(north.get(0).location().name()).as("Mosul is in the north").isEqualTo("Mosul");
  }

  @Test
  void a_village_no_gazetteer_holds_is_kept_by_name_in_the_datelines_country_not_replaced_by_the_dateline() {
    List<Incident> found = incidents("BAMAKO, April 20 (Wire) - Jihadists attacked an army post in the village of "
        + "Boulkessi on Tuesday, killing seven soldiers, the army said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().name()).isEqualTo("Boulkessi");
    assertThat(found.get(0).location().countryCode()).isEqualTo("ML");
  }

  @Test
  void a_village_named_before_the_word_village_is_kept_too() {
    List<Incident> found = incidents("GUSAU, Nigeria (Wire) - Gunmen killed five farmers in Bardi village on Monday, "
        + "police said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().name()).isEqualTo("Bardi");
    assertThat(found.get(0).location().countryCode()).isEqualTo("NG");
  }

  @Test
  void an_unknown_neighbourhood_is_kept_inside_the_datelines_city() {
    List<Incident> found = incidents("BAGHDAD, March 3 (Wire) - A bomb exploded in Al-Amal neighbourhood on Sunday, "
        + "killing two people, police said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().name()).isEqualTo("Al-Amal");
    assertThat(found.get(0).location().resolved()).isEqualTo("Baghdad"); // its coordinates and precision the city's
    assertThat(found.get(0).location().precision()).isEqualTo("city");
  }

  @Test
  void a_road_named_by_its_towns_is_the_place_though_the_report_is_filed_from_another_city() {
    List<Incident> found = incidents("LAGOS, April 20 (Wire) - Gunmen kidnapped 25 passengers from a bus on the "
        + "Abuja-Kaduna highway on Sunday night, police said.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().name()).as("not Lagos, where the news was filed").isEqualTo("Abuja-Kaduna highway");
  }
}
