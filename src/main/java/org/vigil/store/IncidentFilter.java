package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.Tlp;

/**
 * Which incidents to list; null fields (and no group ids) do not filter. {@code groupIds} are
 * alternatives (a group and those an analyst merged into it). Dates are ISO days; an incident matches
 * a date range when its date range overlaps it. {@code near} is a box prefilter (the caller
 * checks the exact distance). {@code maxTlp} keeps incidents marked at most that level (as the
 * reader sees them).
 */
public record IncidentFilter(List<String> groupIds, @Nullable String countryCode,
    @Nullable String type, @Nullable String since, @Nullable String until,
    @Nullable Box near, @Nullable Tlp maxTlp) {

  public IncidentFilter {
    groupIds = List.copyOf(groupIds);
  }

  /** A filter with no marking limit. */
  public IncidentFilter(List<String> groupIds, @Nullable String countryCode, @Nullable String type,
      @Nullable String since, @Nullable String until, @Nullable Box near) {
    this(groupIds, countryCode, type, since, until, near, null);
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

  /** The WHERE clause (starting {@code " WHERE 1 = 1"}) on the columns of {@code incidents}. */
  Clause where() {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    List<@Nullable Object> args = new ArrayList<>();
    if (!groupIds.isEmpty()) {
      w.append(" AND group_id IN (").append(Clause.marks(groupIds.size())).append(")");
      args.addAll(groupIds);
    }
    if (countryCode != null) {
      w.append(" AND country_code = ?");
      args.add(countryCode);
    }
    if (type != null) {
      w.append(" AND type = ?");
      args.add(type);
    }
    if (since != null) {
      w.append(" AND date_end >= ?");
      args.add(since);
    }
    if (until != null) {
      w.append(" AND date_start <= ?");
      args.add(until);
    }
    if (maxTlp != null) {
      w.append(" AND tlp <= ?");
      args.add(maxTlp.ordinal());
    }
    if (near != null) {
      List<Integer> cells = IncidentStore.cells(near);
      if (!cells.isEmpty()) {
        w.append(" AND cell IN (").append(Clause.marks(cells.size())).append(")");
        args.addAll(cells);
      }
      w.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
      args.add(near.minLat());
      args.add(near.maxLat());
      args.add(near.minLon());
      args.add(near.maxLon());
    }
    return new Clause(w.toString(), args);
  }
}
