package org.vigil.geo;

import org.jspecify.annotations.Nullable;

/**
 * What the geocoder knows about a text besides its words.
 *
 * @param sourceCountryCode ISO 3166-1 alpha-2 code of the outlet's country, a weak prior; null when unknown
 */
public record GeoContext(@Nullable String sourceCountryCode) {

  public static GeoContext none() {
    return new GeoContext(null);
  }
}
