package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The province a place reports, from the bundled first- and second-level areas. */
class ProvincesTest {

  private static ResolvedPlace first(String text) {
    return Geocoders.first(text);
  }

  @Test
  void a_philippine_town_reports_its_province_not_its_region() {
    ResolvedPlace p = first("Gunmen ambushed an army patrol in Datu Piang, Maguindanao, Philippines.");
    assertThat(p.city()).isEqualTo("Datu Piang");
    assertThat(p.admin1()).isEqualTo("Maguindanao");
  }

  @Test
  void a_philippine_province_named_alone_is_a_province() {
    ResolvedPlace p = first("Rebels burned a construction crane in a village of Negros Oriental province.");
    assertThat(p.name()).isEqualTo("Negros Oriental");
    assertThat(p.precision()).isEqualTo(Precision.PROVINCE);
    assertThat(p.countryCode()).isEqualTo("PH");
  }

  @Test
  void a_provinces_other_name_gives_the_province_not_the_namesake_city() {
    ResolvedPlace chain = first("A grenade wounded four vendors at a market in Kabacan, North Cotabato, Philippines.");
    assertThat(chain.admin1()).isEqualTo("Cotabato");
    ResolvedPlace alone = first("Soldiers searched the villages of North Cotabato after the ambush.");
    assertThat(alone.precision()).isEqualTo(Precision.PROVINCE);
    assertThat(alone.name()).isEqualTo("Cotabato");
    assertThat(first("Gunmen shot a councilor outside his house in Cotabato City.").precision())
        .isEqualTo(Precision.CITY);
    assertThat(first("Troops clashed with rebels in the hills of Compostela Valley on Monday.").name())
        .isEqualTo("Davao de Oro");
  }

  @Test
  void metro_manila_stays_the_province_of_its_cities() {
    ResolvedPlace p = first("A gunman shot a union leader outside the port in Tondo, Manila, Philippines.");
    assertThat(p.admin1()).isEqualTo("Metro Manila");
  }

  @Test
  void south_sudans_states_and_malis_newer_regions_are_provinces() {
    assertThat(first("Gunmen fired on an aid convoy near Torit, Eastern Equatoria, South Sudan.").admin1())
        .isEqualTo("Eastern Equatoria");
    ResolvedPlace menaka = first("Militants killed eleven herders in a camp in Ménaka region, Mali.");
    assertThat(menaka.countryCode()).isEqualTo("ML");
    assertThat(menaka.admin1()).isEqualTo("Ménaka");
  }

  @Test
  void a_district_written_before_another_province_is_kept_inside_that_province() {
    // GeoNames files a district of this name under Baghdad; the report puts the town in Saladin
    ResolvedPlace p = first("A roadside bomb wounded two soldiers near Tarmiyah, Saladin, Iraq.");
    assertThat(p.admin1()).isEqualTo("Saladin");
  }

  @Test
  void a_district_keeps_the_name_the_report_gives_it() {
    ResolvedPlace p = first("Insurgents attacked Maywand district, Kandahar, Afghanistan, overnight.");
    assertThat(p.name()).isEqualTo("Maywand district");
    assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(p.admin1()).isEqualTo("Kandahar");
  }
}
