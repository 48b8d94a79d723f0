package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names written with a possessive ("Lee's Summit") are read whole; a possessive after a name is not part of it. */
class PossessiveNamesTest {

  private static List<ResolvedPlace> places(String text) {
    return Geocoders.BUNDLED.resolve(text, GeoContext.none());
  }

  @Test
  void a_town_whose_name_holds_a_possessive_is_read_whole_not_as_two_other_towns() {
    assertThat(places("Gunmen shot two clerks at a petrol station in Lee's Summit, Missouri, late on Sunday."))
        .first().satisfies(p -> {
          assertThat(p.name()).isEqualTo("Lee's Summit");
          assertThat(p.admin1()).isEqualTo("Missouri");
        });
    assertThat(places("A parcel bomb was found at the post office in King's Lynn on Tuesday."))
        .extracting(ResolvedPlace::name).containsExactly("King's Lynn");
  }

  @Test
  void a_name_may_end_with_its_possessive_and_be_written_in_capitals_or_with_a_curly_apostrophe() {
    String antigua = "Two officers were stabbed in St. John's, Antigua, on Friday.";
    assertThat(places(antigua)).first()
        .satisfies(p -> assertThat(antigua.substring(p.span().start(), p.span().end())).isEqualTo("St. John's"));
    assertThat(places("POLICE SAID A MAN OPENED FIRE IN LEE'S SUMMIT, MISSOURI."))
        .first().satisfies(p -> assertThat(p.name()).isEqualTo("Lee's Summit"));
    assertThat(places("Police in Lee’s Summit said a man fired at a patrol car."))
        .first().satisfies(p -> assertThat(p.name()).isEqualTo("Lee's Summit"));
  }

  @Test
  void a_possessive_after_a_place_leaves_the_place_and_the_next_name_apart() {
    assertThat(places("Kabul's governor said a bomb went off near a school."))
        .extracting(ResolvedPlace::name).containsExactly("Kabul");
    assertThat(places("A grenade hit a bus in Pakistan's Punjab province on Monday."))
        .extracting(ResolvedPlace::name).containsExactly("Pakistan", "Punjab");
  }
}
