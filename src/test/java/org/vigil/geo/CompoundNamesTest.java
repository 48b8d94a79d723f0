package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names made one by an ezafe or an article ("Qala-e-Kohna", "Bab al-Sharqi") are read whole: a
 * place named like one of their parts stands not for them.
 */
class CompoundNamesTest {

  private static List<ResolvedPlace> places(String text) {
    return Geocoders.BUNDLED.resolve(text, GeoContext.none());
  }

  private static ResolvedPlace incident(String text) {
    return IncidentLocation.primary(text, places(text)).orElseThrow();
  }

  @Test
  void a_quarter_joined_by_an_ezafe_is_kept_inside_the_dateline_city_not_placed_at_a_town_named_like_its_head() {
    String text = "KABUL, March 3 - A bomb exploded in Qala-e-Kohna area of the city, killing two.";
    ResolvedPlace p = incident(text);
    assertThat(p.name()).isEqualTo("Qala-e-Kohna");
    assertThat(p.kept()).isTrue();
    assertThat(p.city()).isEqualTo("Kabul");
    assertThat(p.countryCode()).isEqualTo("AF");
    assertThat(places(text)).extracting(ResolvedPlace::countryCode).containsOnly("AF");
  }

  @Test
  void a_quarter_joined_by_an_article_is_kept_inside_the_dateline_city() {
    String text = "BAGHDAD, May 2 - A car bomb tore through a market in Bab al-Sharqi neighbourhood, killing five.";
    assertThat(places(text)).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Bab al-Sharqi");
      assertThat(p.city()).isEqualTo("Baghdad");
    });
    assertThat(incident(text).countryCode()).isEqualTo("IQ");
  }

  @Test
  void an_unknown_compound_without_a_word_of_the_city_is_kept_inside_the_dateline_country() {
    List<ResolvedPlace> found = places("KABUL, March 3 - Gunmen stormed a police post in Kot-e-Sangi on Tuesday.");
    assertThat(found).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Kot-e-Sangi");
      assertThat(p.kept()).isTrue();
      assertThat(p.countryCode()).isEqualTo("AF");
    });
  }

  @Test
  void the_part_after_an_ezafe_stands_not_for_the_province_of_that_name() {
    List<ResolvedPlace> found = places("KABUL, March 3 - Gunmen opened fire on worshippers in Kart-e-Parwan on Friday.");
    assertThat(found).extracting(ResolvedPlace::name).contains("Kart-e-Parwan").doesNotContain("Parwan");
  }

  @Test
  void a_compound_the_gazetteer_holds_whole_resolves_to_that_place() {
    assertThat(incident("DAMASCUS, May 2 - Jets struck Deir-ez-Zor at dawn.").name()).isEqualTo("Deir ez-Zor");
    assertThat(incident("DAMASCUS, May 2 - Jets struck Deir ez-Zor at dawn.").name()).isEqualTo("Deir ez-Zor");
    assertThat(incident("DAMASCUS, May 2 - Shells fell on Ras al-Ain overnight.").countryCode()).isEqualTo("SY");
    assertThat(incident("KABUL, March 3 - A roadside bomb hit a bus in Mazar-i-Sharif.").admin1()).isEqualTo("Balkh");
  }

  @Test
  void names_joined_by_a_plain_hyphen_are_read_as_before() {
    assertThat(incident("ABUJA, May 2 - Gunmen stopped a bus on the Abuja-Kaduna road.").countryCode()).isEqualTo("NG");
    assertThat(places("BAGHDAD, May 2 - Troops moved to the Iraq-Syria border near Qaim."))
        .extracting(ResolvedPlace::name).contains("Iraq", "Syria");
    assertThat(incident("DAMASCUS, May 2 - Jets struck Kafr-Nabl at dawn.").countryCode()).isEqualTo("SY");
  }

  @Test
  void a_country_before_an_article_is_no_head_of_a_compound() {
    assertThat(places("BEIRUT, May 2 - Fighting in Syria al-Nusra fighters seized a village near Idlib."))
        .extracting(ResolvedPlace::name).contains("Syria").doesNotContain("Syria al-Nusra");
  }

  @Test
  void a_district_named_after_the_dateline_city_is_kept_inside_that_city() {
    ResolvedPlace p = incident("BAGHDAD, May 2 - A bomb went off in Baghdad al-Jadida, killing four.");
    assertThat(p.name()).isEqualTo("Baghdad al-Jadida");
    assertThat(p.city()).isEqualTo("Baghdad");
  }
}
