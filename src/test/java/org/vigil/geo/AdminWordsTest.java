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
}
