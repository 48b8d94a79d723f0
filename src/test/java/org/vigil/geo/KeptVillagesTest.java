package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a village no gazetteer holds, named "the village of X", is kept as written inside the
 * finest container the text gives for it. Reports of our own.
 */
class KeptVillagesTest {

  private static final GazetteerGeocoder geocoder = Geocoders.BUNDLED;

  private static ResolvedPlace kept(String text) {
    List<ResolvedPlace> places = geocoder.resolve(text, GeoContext.none());
    return places.stream().filter(ResolvedPlace::kept).findFirst().orElseThrow();
  }

  @Test
  void a_village_followed_by_its_district_lies_in_that_district_not_anywhere_in_the_country() {
    ResolvedPlace p = kept("BAMAKO, Feb 2 - Armed men on motorbikes burned the village of Sokoura-Dembo in central "
        + "Mali's Bankass district, a local official said.");
    assertThat(p.name()).isEqualTo("Sokoura-Dembo");
    assertThat(p.countryCode()).isEqualTo("ML");
    assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
  }

  @Test
  void a_village_with_no_district_after_it_stays_in_the_datelines_country() {
    ResolvedPlace p = kept("BAMAKO, Feb 2 - Armed men burned the village of Sokoura-Dembo on Sunday, a local "
        + "official said.");
    assertThat(p.name()).isEqualTo("Sokoura-Dembo");
    assertThat(p.precision()).isEqualTo(Precision.COUNTRY);
  }
}
