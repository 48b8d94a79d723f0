package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Among places of the same name, the one in the country the report is about. */
class SameNamedPlacesTest {

  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
  }

  private static List<ResolvedPlace> places(String text) {
    return geocoder.resolve(text, GeoContext.none());
  }

  @Test
  void a_name_written_again_without_its_chain_stays_in_the_chains_country() {
    List<ResolvedPlace> p = places("Militants raided Boni, Mopti, Mali, at dawn. Soldiers returned to Boni "
        + "two days later.");
    assertThat(p).filteredOn(x -> x.name().equals("Boni")).hasSize(2)
        .allSatisfy(x -> assertThat(x.countryCode()).isEqualTo("ML"));
  }

  @Test
  void a_town_named_like_a_larger_city_abroad_lies_where_the_reports_chain_puts_it() {
    List<ResolvedPlace> p = places("Gunmen fired on a bus outside the Palma market on Friday. Residents fled "
        + "Palma, Cabo Delgado, Mozambique, by boat.");
    assertThat(p).extracting(ResolvedPlace::countryCode).containsOnly("MZ");
  }

  @Test
  void the_middle_of_a_chain_is_the_province_so_a_namesake_capital_abroad_does_not_win() {
    List<ResolvedPlace> p = places("A car bomb went off outside a bakery in al-Rai, Aleppo, Syria.");
    assertThat(p).extracting(ResolvedPlace::countryCode).containsOnly("SY");
    assertThat(p.get(0).admin1()).isEqualTo("Aleppo");
  }

  @Test
  void a_city_abroad_keeps_its_own_country_in_a_report_about_another() {
    List<ResolvedPlace> p = places("Iraqi officials met in Geneva on Monday after the attacks in Mosul, Iraq.");
    assertThat(p).filteredOn(x -> x.name().equals("Genève")).extracting(ResolvedPlace::countryCode)
        .containsExactly("CH");
  }

  @Test
  void the_tail_of_an_unknown_longer_name_is_no_foreign_place_of_another_languages_name() {
    assertThat(places("A car bomb exploded in Sahn al-Jin on Monday, killing three people."))
        .as("'Jin' is not Tsu, Japan").isEmpty();
    assertThat(places("Militants fired on soldiers in Amiriyat al-Fallujah, Al Anbar, Iraq."))
        .as("a tail that is a town's own name still stands for the town").first()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Al Fallūjah"));
  }

  @Test
  void the_countries_a_group_operates_in_vote_like_the_outlets() {
    GeoContext congo = new GeoContext(null, java.util.Map.of("CD", 0.5, "UG", 0.5));
    assertThat(geocoder.resolve("Rebels killed 12 villagers in Beni on Tuesday.", congo))
        .first().satisfies(p -> assertThat(p.countryCode()).isEqualTo("CD"));
  }

  @Test
  void a_text_read_once_resolves_under_each_context_as_if_read_afresh_whatever_was_resolved_before() {
    String text = "Rebels killed 12 villagers in Beni on Tuesday. Troops later reached Beni and Butembo.";
    GeoContext congo = new GeoContext(null, java.util.Map.of("CD", 0.5, "UG", 0.5));
    GeoContext bolivia = new GeoContext("BO");
    Geocoder.Reading reading = geocoder.read(text);
    List<ResolvedPlace> plain = reading.resolve(GeoContext.none());
    assertThat(reading.resolve(congo)).isEqualTo(geocoder.resolve(text, congo))
        .extracting(ResolvedPlace::countryCode).contains("CD");
    assertThat(reading.resolve(bolivia)).isEqualTo(geocoder.resolve(text, bolivia));
    assertThat(reading.resolve(GeoContext.none())).isEqualTo(plain).isEqualTo(geocoder.resolve(text, GeoContext.none()));
  }

  @Test
  void a_town_named_in_an_abbreviated_street_name_is_its_namesake_but_a_saint_before_a_name_is_not_a_street() {
    assertThat(places("A car bomb exploded on Oxford St, near the bus station in Belfast."))
        .extracting(ResolvedPlace::name).containsExactly("Belfast");
    assertThat(places("A bomb exploded in St Louis on Monday."))
        .first().satisfies(p -> assertThat(p.countryCode()).isEqualTo("US"));
  }

  @Test
  void a_town_and_the_district_of_its_name_are_one_place_so_its_other_spelling_is_enough() {
    List<ResolvedPlace> p = places("Shepherds were wounded near Zakho on Thursday.");
    assertThat(p).extracting(ResolvedPlace::countryCode).containsExactly("IQ");
    assertThat(p.get(0).admin1()).isEqualTo("Dohuk");
  }

  @Test
  void a_town_far_larger_than_its_namesakes_abroad_is_found_without_a_country_but_not_a_given_name() {
    assertThat(places("Troops raided a refugee camp near Jenin on Friday.")).extracting(ResolvedPlace::countryCode)
        .containsExactly("PS");
    assertThat(places("A bomb went off at the home of Hassan Al-Ameri, a tribal leader, on Friday."))
        .as("a given name before a surname is no Indian city").isEmpty();
  }
}
