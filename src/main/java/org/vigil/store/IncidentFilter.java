package org.vigil.store;

import org.jspecify.annotations.Nullable;

/**
 * Which incidents to list; null fields do not filter. Dates are ISO days; an incident matches
 * a date range when its date range overlaps it. {@code near} is a box prefilter (the caller
 * checks the exact distance).
 */
public record IncidentFilter(@Nullable String groupId, @Nullable String countryCode,
    @Nullable String type, @Nullable String since, @Nullable String until,
    @Nullable Box near) {

  /** Every incident. */
  public static IncidentFilter all() {
    return new IncidentFilter(null, null, null, null, null, null);
  }

  /** A latitude/longitude box. */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {
    public Box {
      if (minLat > maxLat || minLon > maxLon) {
        throw new IllegalArgumentException("empty box: " + minLat + ".." + maxLat + ", " + minLon + ".." + maxLon);
      }
    }
  }
}
