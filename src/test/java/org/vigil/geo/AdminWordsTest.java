package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Admin areas and units, and the land words around them, as terse conflict notes and wire copy write them. */
class AdminWordsTest {

  private static List<ResolvedPlace> places(String text) {
    return Geocoders.BUNDLED.resolve(text, GeoContext.none());
  }

  @Test
  void a_direction_before_a_name_of_its_own_is_a_province_even_with_no_country_named() {
    assertThat(places("Clashes were reported across South Kivu on Monday."))
        .extracting(ResolvedPlace::name, ResolvedPlace::countryCode).containsExactly(
            org.assertj.core.groups.Tuple.tuple("South Kivu", "CD"));
    assertThat(Geocoders.first("Troops shelled villages in North Kordofan.").countryCode()).isEqualTo("SD");
  }

  @Test
  void a_direction_before_generic_words_still_needs_a_country() {
    assertThat(places("Gunmen attacked a market in the Eastern Region on Friday.")).isEmpty();
  }

  @Test
  void a_name_written_with_its_unit_word_is_kept_whole_inside_the_province_that_follows() {
    ResolvedPlace p = Geocoders.first("Rebels seized Masisi territory, North Kivu.");
    assertThat(p.name()).isEqualTo("Masisi territory");
    assertThat(p.admin1()).isEqualTo("North Kivu");
    assertThat(p.resolved()).isEqualTo("North Kivu");
  }

  @Test
  void a_road_between_two_towns_stands_at_its_first_town_when_nothing_else_places_it() {
    ResolvedPlace p = Geocoders.first("Gunmen ambushed a truck near Garissa on the Garissa-Dadaab road.");
    assertThat(p.countryCode()).isEqualTo("KE");
    List<ResolvedPlace> alone = places("A bomb hit a convoy on the Kandahar-Herat highway.");
    assertThat(alone).extracting(ResolvedPlace::relation).containsExactly("route");
    assertThat(alone.get(0).resolved()).as("the town, as the gazetteer names it").startsWith("Kandah");
  }

  @Test
  void a_district_named_by_its_valley_after_in_the_is_found_with_no_country_named() {
    ResolvedPlace p = Geocoders.first("Militants burned two girls' schools in the Swat valley overnight.");
    assertThat(p.countryCode()).isEqualTo("PK");
    assertThat(p.admin1()).isEqualTo("Khyber Pakhtunkhwa");
  }

  @Test
  void a_town_written_with_its_hromada_or_raion_is_read_with_those_units_as_a_district() {
    List<ResolvedPlace> found = places("Russian artillery hit Vovchansk hromada, Chuhuiv raion, Kharkiv oblast.");
    assertThat(found).extracting(ResolvedPlace::name).contains("Vovchansk hromada", "Chuhuiv raion");
    assertThat(found).filteredOn(p -> p.name().equals("Vovchansk hromada")).singleElement().satisfies(p -> {
      assertThat(p.countryCode()).isEqualTo("UA");
      assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
    });
  }

  @Test
  void a_territory_word_chooses_the_congolese_district_over_a_province_of_the_same_name_abroad() {
    ResolvedPlace p = Geocoders.first("Mai-Mai fighters ambushed a convoy near Mbau, Beni territory.");
    assertThat(p.name()).isEqualTo("Mbau");
    assertThat(p.countryCode()).as("Beni is also a Bolivian department").isEqualTo("CD");
    assertThat(p.resolved()).isEqualTo("Beni territory");
  }

  @Test
  void a_province_written_without_the_state_word_its_alternate_name_carries_is_found() {
    ResolvedPlace p = Geocoders.first("Shelling hit Babanusa, West Kordofan.");
    assertThat(p.countryCode()).isEqualTo("SD");
    assertThat(places("Shelling hit Babanusa, West Kordofan.")).extracting(ResolvedPlace::precision)
        .contains(Precision.PROVINCE);
  }

  @Test
  void the_persian_and_between_two_words_belongs_to_the_district_name() {
    List<ResolvedPlace> found = places("Militants attacked a checkpoint in Kuran wa Munjan district, Badakhshan.");
    assertThat(found).extracting(ResolvedPlace::name).contains("Kuran wa Munjan district")
        .doesNotContain("Munjan district");
    assertThat(found).allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Badakhshan"));
  }

  @Test
  void a_city_word_in_capitals_after_a_name_does_not_stand_for_a_namesake_of_its_own() {
    List<ResolvedPlace> found = places("Soldiers clashed with rebels in Barangay Camansi, Tandag City, Surigao del Sur.");
    assertThat(found).extracting(ResolvedPlace::name).contains("Tandag");
    assertThat(found).allSatisfy(p -> assertThat(p.countryCode()).isEqualTo("PH"));
  }

  @Test
  void a_zone_of_an_admin_chain_is_an_area_not_a_site() {
    List<ResolvedPlace> found = places("Fano fighters attacked Debre Tabor town, South Gondar zone, Amhara.");
    assertThat(found).extracting(ResolvedPlace::name).contains("Debre Tabor");
    assertThat(found).noneSatisfy(p -> assertThat(p.precision()).isEqualTo(Precision.SITE));
  }

  @Test
  void mountains_no_gazetteer_holds_are_kept_as_written_in_the_region_after_them() {
    ResolvedPlace p = Geocoders.first("Militants ambushed a patrol in the Golis mountains, Sanaag region.");
    assertThat(p.name()).isEqualTo("Golis mountains");
    assertThat(p.admin1()).isEqualTo("Sanaag");
    assertThat(p.kept()).isTrue();
  }

  @Test
  void the_name_of_a_people_before_a_noun_is_not_the_town_that_shares_it() {
    assertThat(places("Gunmen kidnapped an Igbo trader in Lafia, Nasarawa State."))
        .extracting(ResolvedPlace::name).doesNotContain("Igbo-Ukwu").contains("Lafia");
  }
}
