package org.vigil.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;

/**
 * A place mention resolved to the gazetteer.
 *
 * @param span offsets of the mention in the original text (for "30 km north of Kabul", the whole phrase)
 * @param name the place as the gazetteer names it (the site's name for a named site)
 * @param site a named site ("the Hazrat Masumeh shrine") when the mention is one; null otherwise
 * @param city the city or town, when known at that level
 * @param admin1 the first-level administrative area (province, state, governorate)
 * @param country the country's English name
 * @param countryCode ISO 3166-1 alpha-2
 * @param lat latitude in degrees (the anchor's for a relative place, the city's for a site)
 * @param lon longitude in degrees
 * @param precision what the coordinates stand for
 * @param relation "in" for the place itself, otherwise near, outside, north_of, ... relative to the anchor;
 *     "route" for a road named by its towns, placed at the first ("the Mandera-Elwak road")
 * @param offsetKm distance from the anchor when the text states one ("30 km north of")
 * @param resolved for a place kept as written although no gazetteer holds it ("Saghev village,
 *     Benue"), the name of the container whose coordinates and precision it takes (for a route,
 *     its first town; for a country taken from the actors of a report that names no place, which
 *     actor); null when the place itself was found
 */
public record ResolvedPlace(
    Span span,
    String name,
    @Nullable String site,
    @Nullable String city,
    @Nullable String admin1,
    @Nullable String country,
    @Nullable String countryCode,
    double lat,
    double lon,
    Precision precision,
    String relation,
    @Nullable Double offsetKm,
    @Nullable String resolved) {

  public ResolvedPlace {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(relation, "relation");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates (" + lat + ", " + lon + ") are out of range for " + name);
    }
  }

  /** Whether the place is kept as written, placed at its container ({@link #resolved}). */
  public boolean kept() {
    return resolved != null;
  }
}
