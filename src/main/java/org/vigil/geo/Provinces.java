package org.vigil.geo;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Which level of a country's administrative areas its provinces are. Almost everywhere they are
 * GeoNames' first level; in the Philippines the first level is the region (Bicol, Central
 * Visayas, BARMM), a grouping of provinces, and the provinces that reports, codebooks and
 * analysts name (Maguindanao, Negros Oriental) are the second, except in the capital region
 * (Metro Manila), whose second-level areas are districts of one metropolis. There a second-level
 * area ranks as a province, and a place reports its province rather than its region.
 */
final class Provinces {

  /** Countries whose provinces are GeoNames' second-level areas. */
  static final Set<String> AT_SECOND_LEVEL = WordSet.of("PH");

  /** First-level areas of those countries that are provinces themselves ("CC.code"). */
  static final Set<String> FIRST_LEVEL_THERE = WordSet.of("PH.NCR");

  private Provinces() {}

  /** Whether entry {@code id} is a province although GeoNames files it as a second-level area. */
  static boolean isSecondLevelProvince(Gazetteer g, int id) {
    return g.kind(id) == PlaceKind.ADMIN2 && secondLevel(g, id);
  }

  private static boolean secondLevel(Gazetteer g, int id) {
    String cc = g.countryCode(id);
    return AT_SECOND_LEVEL.contains(cc) && !FIRST_LEVEL_THERE.contains(cc + "." + g.admin1Code(id));
  }

  /** The entry of the province that entry {@code id} lies in (or is), -1 when unknown or a country. */
  static int of(Gazetteer g, int id) {
    PlaceKind kind = g.kind(id);
    String cc = g.countryCode(id);
    if (kind == PlaceKind.COUNTRY) {
      return -1;
    }
    if (kind != PlaceKind.ADMIN1 && secondLevel(g, id)) {
      int a2 = kind == PlaceKind.ADMIN2 ? id : g.admin2Id(cc, g.admin1Code(id), g.admin2Code(id));
      if (a2 >= 0) {
        return a2;
      }
    }
    return kind == PlaceKind.ADMIN1 ? id : g.admin1Id(cc, g.admin1Code(id));
  }
}
