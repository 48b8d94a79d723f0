package org.vigil.geo;

/** The level of a gazetteer entry. */
public enum PlaceKind {
  /** A sovereign country or territory with an ISO 3166-1 code. */
  COUNTRY,
  /** A first-level administrative area: province, state, governorate, department, oblast. */
  ADMIN1,
  /** A second-level administrative area: district, county, municipality (from a GeoNames dump). */
  ADMIN2,
  /** A populated place: city, town or village. */
  PLACE
}
