package org.vigil.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts and sums over incidents for the web UI, computed by the database (GROUP BY, LIMIT) so
 * that no page reads every incident. Every list is bounded by the caller's {@code limit}.
 */
public final class Aggregates {

  private final Sql sql;

  Aggregates(Sql sql) {
    this.sql = sql;
  }

  /** One bucket: a key (period, group id or country), an optional type, and sums. */
  public record Bucket(String key, @Nullable String type, long incidents, long killed, long wounded) {}

  /** A marker of the map: where, what and how deadly. */
  public record Point(long id, double lat, double lon, String type, int killed, @Nullable String date,
      @Nullable String place, @Nullable String groupId) {}

  /**
   * Incidents by period and type, oldest first.
   *
   * @param week by ISO-like week start (Monday) instead of by month
   */
  public List<Bucket> byPeriodAndType(IncidentFilter f, boolean week) {
    String period = week ? (sql.db.dialect() == Dialect.POSTGRESQL
        ? "to_char(date_trunc('week', date_start::date), 'YYYY-MM-DD')"
        : "date(date_start, '-6 days', 'weekday 1')") : "substr(date_start, 1, 7)";
    Where w = where(f);
    return sql.list("tally incidents by period", rs -> new Bucket(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)), "SELECT " + period + " AS p, type, count(*), coalesce(sum(killed), 0), "
        + "coalesce(sum(wounded), 0) FROM incidents" + w.sql + " AND date_start IS NOT NULL GROUP BY " + period
        + ", type ORDER BY p, type", w.args.toArray());
  }

  /** The groups with most incidents, at most {@code limit}. */
  public List<Bucket> topGroups(IncidentFilter f, int limit) {
    return top("group_id", f, limit);
  }

  /** The countries with most incidents, at most {@code limit}. */
  public List<Bucket> topCountries(IncidentFilter f, int limit) {
    return top("country_code", f, limit);
  }

  private List<Bucket> top(String column, IncidentFilter f, int limit) {
    Where w = where(f);
    w.args.add(limit);
    return sql.list("tally incidents by " + column, rs -> new Bucket(rs.getString(1), null, rs.getLong(2),
        rs.getLong(3), rs.getLong(4)), "SELECT " + column + ", count(*) AS n, coalesce(sum(killed), 0), "
        + "coalesce(sum(wounded), 0) FROM incidents" + w.sql + " AND " + column + " IS NOT NULL GROUP BY " + column
        + " ORDER BY n DESC, " + column + " LIMIT ?", w.args.toArray());
  }

  /** How many incidents match. */
  public long count(IncidentFilter f) {
    Where w = where(f);
    return sql.one("count incidents", rs -> rs.getLong(1), "SELECT count(*) FROM incidents" + w.sql,
        w.args.toArray()).orElse(0L);
  }

  /** Incidents no analyst has reviewed yet, deadliest first: ids, at most {@code limit}. */
  public List<Long> unreviewed(int limit) {
    return sql.list("list unreviewed incidents", rs -> rs.getLong(1), "SELECT id FROM incidents i WHERE NOT EXISTS "
        + "(SELECT 1 FROM reviews r WHERE r.incident_id = i.id) AND background_only = 0 "
        + "ORDER BY coalesce(killed, 0) DESC, date_start DESC, id DESC LIMIT ?", limit);
  }

  /** How many incidents no analyst has reviewed yet. */
  public long unreviewedCount() {
    return sql.one("count unreviewed incidents", rs -> rs.getLong(1), "SELECT count(*) FROM incidents i WHERE "
        + "NOT EXISTS (SELECT 1 FROM reviews r WHERE r.incident_id = i.id) AND background_only = 0").orElse(0L);
  }

  /** The located incidents matching the filter, deadliest first, at most {@code limit}. */
  public List<Point> points(IncidentFilter f, int limit) {
    Where w = where(f);
    w.args.add(limit);
    return sql.list("list map points", rs -> new Point(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)),
        "SELECT id, lat, lon, type, coalesce(killed, 0) AS k, date_value, place, group_id FROM incidents" + w.sql
        + " AND lat IS NOT NULL ORDER BY k DESC, date_start DESC, id DESC LIMIT ?", w.args.toArray());
  }

  /** The first and last day of the incidents' dates, when there are any. */
  public List<String> dateRange() {
    return sql.one("read date range", rs -> {
      String a = rs.getString(1);
      String b = rs.getString(2);
      return a == null || b == null ? List.<String>of() : List.of(a, b);
    }, "SELECT min(date_start), max(date_end) FROM incidents").orElse(List.of());
  }

  private record Where(String sql, List<@Nullable Object> args) {}

  private static Where where(IncidentFilter f) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    List<@Nullable Object> args = new ArrayList<>();
    if (!f.groupIds().isEmpty()) {
      w.append(" AND group_id IN (").append(String.join(", ", Collections.nCopies(f.groupIds().size(), "?")))
          .append(")");
      args.addAll(f.groupIds());
    }
    if (f.countryCode() != null) {
      w.append(" AND country_code = ?");
      args.add(f.countryCode());
    }
    if (f.type() != null) {
      w.append(" AND type = ?");
      args.add(f.type());
    }
    if (f.since() != null) {
      w.append(" AND date_end >= ?");
      args.add(f.since());
    }
    if (f.until() != null) {
      w.append(" AND date_start <= ?");
      args.add(f.until());
    }
    return new Where(w.toString(), args);
  }
}
