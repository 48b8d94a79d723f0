package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A church or school named for a saint does not put the report in a town of the saint's name. */
class DedicationsTest {

  private static List<ResolvedPlace> places(String text) {
    return Geocoders.BUNDLED.resolve(text, GeoContext.none());
  }

  @Test
  void a_church_named_for_a_saint_with_a_possessive_is_no_town_of_that_name() {
    List<ResolvedPlace> p = places("Vandals burnt St. Paul's Catholic Church outside Hazelton, British Columbia, "
        + "Canada, overnight.");
    assertThat(p).extracting(ResolvedPlace::name).doesNotContain("St. Paul");
    assertThat(p).extracting(ResolvedPlace::admin1).doesNotContain("Alberta");
  }

  @Test
  void a_saint_with_an_epithet_is_no_town_either() {
    List<ResolvedPlace> p = places("Arsonists damaged the St. John the Baptist chapel near Cardston, Alberta.");
    assertThat(p).extracting(ResolvedPlace::name).doesNotContain("Saint John", "St. John");
  }

  @Test
  void a_town_of_a_saints_name_is_still_a_town() {
    List<ResolvedPlace> p = places("Gunmen opened fire outside a bar in St. Louis, Missouri, on Sunday.");
    assertThat(p).extracting(ResolvedPlace::name).contains("St. Louis");
  }
}
