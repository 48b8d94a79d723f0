package org.vigil.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts and sums over the incidents a {@link Viewer} reads, for the web UI, computed by the
 * database (GROUP BY, LIMIT) so that no page reads every incident. Every list is bounded by the
 * caller's {@code limit}.
 */
public final class Aggregates {

  /** The columns that tallies, markers and filters read: those of the covering index incidents_tally. */
  static final String TALLY_FIELDS = "type, background_only, date_value, date_start, date_end, country_code, place, "
      + "lat, lon, cell, group_id, killed, wounded, tlp";

  private final Sql sql;

  Aggregates(Sql sql) {
    this.sql = sql;
  }

  /** One bucket: a key (period, group id or country), an optional type, and sums. */
  public record Bucket(String key, @Nullable String type, long incidents, long killed, long wounded) {}

  /** A marker of the map: where, what and how deadly ({@code killed} null when no source gives the toll). */
  public record Point(long id, double lat, double lon, String type, @Nullable Integer killed, @Nullable String date,
      @Nullable String place, @Nullable String groupId) {}

  /**
   * Incidents by period and type, oldest first.
   *
   * @param week by ISO-like week start (Monday) instead of by month
   */
  public List<Bucket> byPeriodAndType(Viewer viewer, IncidentFilter f, boolean week) {
    String period = week ? (sql.db.dialect() == Dialect.POSTGRESQL
        ? "to_char(date_trunc('week', date_start::date), 'YYYY-MM-DD')"
        : "date(date_start, '-6 days', 'weekday 1')") : "substr(date_start, 1, 7)";
    Clause q = from("SELECT " + period + " AS p, type, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0)",
        viewer, f).then(" AND date_start IS NOT NULL GROUP BY " + period + ", type ORDER BY p, type");
    return sql.list("tally incidents by period", rs -> new Bucket(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)), q.sql(), q.array());
  }

  /** The groups with most incidents, at most {@code limit}. */
  public List<Bucket> topGroups(Viewer viewer, IncidentFilter f, int limit) {
    return top("group_id", viewer, f, limit);
  }

  /** How the database would run {@link #topCountries}: its query plan, one line per step. */
  List<String> topCountriesPlan(Viewer viewer, IncidentFilter f, int limit) {
    Clause q = topQuery("country_code", viewer, f, limit);
    return sql.plan(q.sql(), q.array());
  }

  /** The countries with most incidents, at most {@code limit}. */
  public List<Bucket> topCountries(Viewer viewer, IncidentFilter f, int limit) {
    return top("country_code", viewer, f, limit);
  }

  private List<Bucket> top(String column, Viewer viewer, IncidentFilter f, int limit) {
    Clause q = topQuery(column, viewer, f, limit);
    return sql.list("tally incidents by " + column, rs -> new Bucket(rs.getString(1), null, rs.getLong(2),
        rs.getLong(3), rs.getLong(4)), q.sql(), q.array());
  }

  private Clause topQuery(String column, Viewer viewer, IncidentFilter f, int limit) {
    return from("SELECT " + column + ", count(*) AS n, coalesce(sum(killed), 0), coalesce(sum(wounded), 0)",
        viewer, f).then(" AND " + column + " IS NOT NULL GROUP BY " + column + " ORDER BY n DESC, " + column
        + " LIMIT ?", limit);
  }

  /** How many incidents match. */
  public long count(Viewer viewer, IncidentFilter f) {
    Clause q = from("SELECT count(*)", viewer, f);
    return sql.count(q.sql(), q.array());
  }

  /** How many of the incidents {@code viewer} reads are known only from background mentions. */
  public long backgroundOnly(Viewer viewer) {
    Clause q = from("SELECT count(*)", viewer, IncidentFilter.all()).then(" AND background_only = 1");
    return sql.count(q.sql(), q.array());
  }

  /**
   * Incidents {@code viewer} reads with no analyst's review it reads, not known only from
   * mentions, deadliest first: ids, at most {@code limit}.
   */
  public List<Long> unreviewed(Viewer viewer, int limit) {
    Clause q = from("SELECT id", viewer, IncidentFilter.all()).then(" AND background_only = 0 AND ")
        .then(unreviewed(viewer)).then(" ORDER BY coalesce(killed, 0) DESC, date_start DESC, id DESC LIMIT ?", limit);
    return sql.list("list unreviewed incidents", rs -> rs.getLong(1), q.sql(), q.array());
  }

  /** How many incidents {@link #unreviewed} would list without a limit. */
  public long unreviewedCount(Viewer viewer) {
    Clause q = from("SELECT count(*)", viewer, IncidentFilter.all()).then(" AND background_only = 0 AND ")
        .then(unreviewed(viewer));
    return sql.count(q.sql(), q.array());
  }

  private static Clause unreviewed(Viewer viewer) {
    Clause none = Clause.of("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.incident_id = incidents.id)");
    return viewer.isOperator() ? none : Clause.of("(").then(none).then(" OR EXISTS (SELECT 1 FROM incident_views v "
        + "WHERE v.incident_id = incidents.id AND v.org_id = ? AND v.with_reviews = 0))", viewer.org());
  }

  /** The located incidents matching the filter, deadliest first, at most {@code limit}. */
  public List<Point> points(Viewer viewer, IncidentFilter f, int limit) {
    Clause q = from("SELECT id, lat, lon, type, killed, date_value, place, group_id", viewer, f)
        .then(" AND lat IS NOT NULL ORDER BY coalesce(killed, 0) DESC, date_start DESC, id DESC LIMIT ?", limit);
    return sql.list("list map points", rs -> new Point(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
        rs.getString(4), Sql.intOrNull(rs, "killed"), rs.getString(6), rs.getString(7), rs.getString(8)), q.sql(),
        q.array());
  }

  /**
   * What the filter forms offer of the incidents {@code viewer} reads: the groups and the
   * countries with most incidents (as {@link #topGroups} and {@link #topCountries}, at most
   * {@code groups} and {@code countries}) and the first and last day (as {@link #dateRange}), from
   * one pass over the incidents instead of three.
   */
  public Overview overview(Viewer viewer, int groups, int countries) {
    Clause q = from("SELECT group_id, country_code, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0), "
        + "min(date_start), max(date_end)", viewer, IncidentFilter.all()).then(" GROUP BY group_id, country_code");
    Map<String, long[]> byGroup = new HashMap<>();
    Map<String, long[]> byCountry = new HashMap<>();
    String[] range = new String[2];
    sql.list("tally incidents by group and country", rs -> {
      long[] sums = {rs.getLong(3), rs.getLong(4), rs.getLong(5)};
      add(byGroup, rs.getString(1), sums);
      add(byCountry, rs.getString(2), sums);
      String first = rs.getString(6);
      String last = rs.getString(7);
      range[0] = first != null && (range[0] == null || first.compareTo(range[0]) < 0) ? first : range[0];
      range[1] = last != null && (range[1] == null || last.compareTo(range[1]) > 0) ? last : range[1];
      return sums;
    }, q.sql(), q.array());
    return new Overview(top(byGroup, groups), top(byCountry, countries),
        range[0] == null || range[1] == null ? List.of() : List.of(range[0], range[1]));
  }

  /** The groups and countries with most incidents, and the first and last day ({@link #overview}). */
  public record Overview(List<Bucket> groups, List<Bucket> countries, List<String> dateRange) {}

  private static void add(Map<String, long[]> into, @Nullable String key, long[] sums) {
    if (key != null) {
      long[] s = into.computeIfAbsent(key, k -> new long[3]);
      for (int i = 0; i < s.length; i++) {
        s[i] += sums[i];
      }
    }
  }

  private static List<Bucket> top(Map<String, long[]> sums, int limit) {
    return sums.entrySet().stream()
        .map(e -> new Bucket(e.getKey(), null, e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .sorted(Comparator.comparingLong(Bucket::incidents).reversed().thenComparing(Bucket::key))
        .limit(limit).toList();
  }

  /** The first and last day of the dates of the incidents {@code viewer} reads, when there are any. */
  public List<String> dateRange(Viewer viewer) {
    Clause q = from("SELECT min(date_start), max(date_end)", viewer, IncidentFilter.all());
    return sql.one("read date range", rs -> {
      String a = rs.getString(1);
      String b = rs.getString(2);
      return a == null || b == null ? List.<String>of() : List.of(a, b);
    }, q.sql(), q.array()).orElse(List.of());
  }

  private Clause from(String select, Viewer viewer, IncidentFilter f) {
    return Clause.of(select + " FROM ").then(Visibility.incidents(viewer, TALLY_FIELDS, hint(f))).then(f.where());
  }

  /**
   * How SQLite should read the incidents for {@code f}: a tally of every incident reads the
   * covering index, since SQLite otherwise walks the index of the column it groups by
   * (incidents_group_date, incidents_country_date) and reads each incident's row, JSON and all,
   * for its toll: 250 to 450 ms at 100,000 incidents before anything is cached, 40 to 80 ms
   * from the covering index. A filtered tally keeps its own index (a group's incidents are few).
   */
  private String hint(IncidentFilter f) {
    boolean whole = f.groupIds().isEmpty() && f.countryCode() == null && f.type() == null && f.since() == null
        && f.until() == null && f.near() == null;
    return whole && sql.db.dialect() == Dialect.SQLITE ? " INDEXED BY incidents_tally" : "";
  }
}
