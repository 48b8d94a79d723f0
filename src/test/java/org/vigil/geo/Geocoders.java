package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** One geocoder over the bundled gazetteer, built once for all tests of a JVM (it is immutable). */
final class Geocoders {

  static final GazetteerGeocoder BUNDLED = new GazetteerGeocoder(Gazetteer.loadDefault());

  private Geocoders() {}

  /** The first place the bundled geocoder reads in {@code text}, which must name one. */
  static ResolvedPlace first(String text) {
    List<ResolvedPlace> places = BUNDLED.resolve(text, GeoContext.none());
    assertThat(places).as(text).isNotEmpty();
    return places.get(0);
  }
}
