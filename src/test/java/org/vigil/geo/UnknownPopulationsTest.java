package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seats of districts whose population GeoNames leaves at 0, which means unknown (issue 15: the
 * former tribal districts of Pakistan gave no place at all).
 */
class UnknownPopulationsTest {

  @Test
  void a_district_seat_of_unknown_population_is_read_after_in() {
    List<ResolvedPlace> p = Geocoders.BUNDLED.resolve("A bomb exploded in Parachinar on Friday, killing four people.",
        GeoContext.none());
    assertThat(p).extracting(ResolvedPlace::name).containsExactly("Parachinar");
    assertThat(p.get(0).countryCode()).isEqualTo("PK");
  }

  @Test
  void such_a_seat_is_the_town_not_only_its_district() {
    ResolvedPlace p = Geocoders.first("Taliban fighters attacked a police post in Zurmat on Monday.");
    assertThat(p.precision()).isEqualTo(Precision.CITY);
    assertThat(p.countryCode()).isEqualTo("AF");
  }
}
