package org.vigil.geo;

import java.util.Objects;

/**
 * One gazetteer entry, a value copied out of the {@link Gazetteer}'s packed tables.
 *
 * @param id index in the gazetteer, stable for the life of that instance only
 * @param kind country, admin area or populated place
 * @param name the preferred name
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1Code the GeoNames first-level admin code ("" when unknown or for a country)
 * @param featureCode GeoNames feature code ("PPLC", "PPLA", ... or "PCLI", "ADM1", "ADM2")
 * @param population 0 when unknown
 * @param geonameId GeoNames id, 0 when unknown
 */
public record GazetteerEntry(
    int id,
    PlaceKind kind,
    String name,
    String countryCode,
    String admin1Code,
    String featureCode,
    long population,
    double lat,
    double lon,
    long geonameId) {

  public GazetteerEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(featureCode, "featureCode");
    if (population < 0) {
      throw new IllegalArgumentException("population " + population + " of " + name + " is negative");
    }
  }

  /** Whether {@code other} lies inside this entry (same country, and same province for a province). */
  public boolean contains(GazetteerEntry other) {
    if (id == other.id || !countryCode.equals(other.countryCode)) {
      return false;
    }
    return switch (kind) {
      case COUNTRY -> other.kind != PlaceKind.COUNTRY;
      case ADMIN1 -> (other.kind == PlaceKind.PLACE || other.kind == PlaceKind.ADMIN2)
          && admin1Code.equals(other.admin1Code);
      default -> false;
    };
  }
}
