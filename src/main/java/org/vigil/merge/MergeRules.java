package org.vigil.merge;

/**
 * Limits of matching, each named as in {@code vigil.properties}.
 *
 * @param dayWindow days two day-precise dates may be apart ({@code merge.window-days.day})
 * @param monthWindow days for a month-precise date ({@code merge.window-days.month})
 * @param yearWindow days for a year-precise date ({@code merge.window-days.year})
 * @param siteKm distance for site-precise places ({@code merge.distance-km.site})
 * @param cityKm distance for city-precise places ({@code merge.distance-km.city})
 * @param districtKm distance for district-precise places ({@code merge.distance-km.district})
 * @param provinceKm distance for province-precise places ({@code merge.distance-km.province})
 * @param minScore weighted score a match needs, 0 to 1 ({@code merge.min-score})
 * @param maxCandidates stored incidents looked at per new one ({@code merge.max-candidates})
 * @param ambiguity score by which the best match must beat the runner-up when a dataset record is
 *     involved ({@code merge.ambiguity})
 */
public record MergeRules(int dayWindow, int monthWindow, int yearWindow, double siteKm,
    double cityKm, double districtKm, double provinceKm, double minScore, int maxCandidates, double ambiguity) {

  public MergeRules {
    if (dayWindow < 0 || monthWindow < 0 || yearWindow < 0) {
      throw new IllegalArgumentException("merge windows must not be negative: " + dayWindow + ", "
          + monthWindow + ", " + yearWindow);
    }
    if (siteKm <= 0 || cityKm <= 0 || districtKm <= 0 || provinceKm <= 0) {
      throw new IllegalArgumentException("merge distances must be positive");
    }
    if (minScore < 0 || minScore > 1) {
      throw new IllegalArgumentException("merge.min-score " + minScore + " is outside 0..1");
    }
    if (maxCandidates <= 0) {
      throw new IllegalArgumentException("merge.max-candidates must be positive: " + maxCandidates);
    }
    if (ambiguity < 0 || ambiguity > 1) {
      throw new IllegalArgumentException("merge.ambiguity " + ambiguity + " is outside 0..1");
    }
  }

  public static MergeRules defaults() {
    return new MergeRules(3, 31, 366, 10, 25, 75, 300, 0.75, 500, 0.03);
  }

  /** Days allowed between two dates: the window of the coarser precision. */
  int window(String precisionA, String precisionB) {
    return Math.max(window(precisionA), window(precisionB));
  }

  private int window(String precision) {
    return switch (precision) {
      case "year" -> yearWindow;
      case "month" -> monthWindow;
      default -> dayWindow;
    };
  }

  /** Kilometres allowed between two places: that of the coarser precision; infinite for countries. */
  double distance(String precisionA, String precisionB) {
    return Math.max(distance(precisionA), distance(precisionB));
  }

  private double distance(String precision) {
    return switch (precision) {
      case "site" -> siteKm;
      case "city" -> cityKm;
      case "district" -> districtKm;
      case "province" -> provinceKm;
      default -> Double.POSITIVE_INFINITY;
    };
  }
}
