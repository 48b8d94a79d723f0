package org.vigil.geo;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the geocoder knows about a text besides its words.
 *
 * @param sourceCountryCode ISO 3166-1 alpha-2 code of the outlet's country, a weak prior; null when unknown
 * @param actorCountries votes for the countries where the actors the text names operate (an armed
 *     group of eastern Congo for "Beni"), by ISO 3166-1 alpha-2 code; each vote weighs like
 *     the source country's
 */
public record GeoContext(@Nullable String sourceCountryCode, Map<String, Double> actorCountries) {

  public GeoContext {
    actorCountries = Map.copyOf(actorCountries);
  }

  public GeoContext(@Nullable String sourceCountryCode) {
    this(sourceCountryCode, Map.of());
  }

  public static GeoContext none() {
    return new GeoContext(null);
  }
}
