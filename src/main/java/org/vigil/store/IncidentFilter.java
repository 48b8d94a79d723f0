package org.vigil.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which incidents to list; null fields (and no group ids) do not filter. {@code groupIds} are
 * alternatives (a group and those an analyst merged into it). Dates are ISO days; an incident matches
 * a date range when its date range overlaps it. {@code near} is a box prefilter (the caller
 * checks the exact distance).
 */
public record IncidentFilter(List<String> groupIds, @Nullable String countryCode,
    @Nullable String type, @Nullable String since, @Nullable String until,
    @Nullable Box near) {

  public IncidentFilter {
    groupIds = List.copyOf(groupIds);
  }

  /** Every incident. */
  public static IncidentFilter all() {
    return new IncidentFilter(List.of(), null, null, null, null, null);
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
