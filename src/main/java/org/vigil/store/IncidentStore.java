package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stored incidents: insert and update (with the views of mixed incidents), lookups of merge
 * candidates by date window and country, and filtered pages for readers. Every read for a reader
 * takes its {@link Viewer} and reads only the incidents {@link Visibility} lets it, as merged from
 * the sources it may read. Sources are in {@link SourceStore}.
 */
public final class IncidentStore {

  /** Longest span an incident date can stand for (a year), in days: bounds the index range. */
  static final int MAX_DATE_SPAN_DAYS = 366;

  /** The columns of an incident but its id, the same in {@code incidents} and {@code incident_views}. */
  static final String FIELDS = "type, status, background_only, date_value, date_precision, date_start, date_end, "
      + "country_code, place, site, lat, lon, place_precision, cell, group_id, killed, wounded, machine_json, "
      + "record_json, owner_org, tlp";

  static final String COLUMNS = "id, " + FIELDS;

  private final Sql sql;

  IncidentStore(Sql sql) {
    this.sql = sql;
  }

  /** Inserts an incident (its id is ignored); returns it with its new id. */
  public IncidentRow insert(IncidentRow r) {
    String now = Instant.now().toString();
    long id = sql.insert("store incident", "INSERT INTO incidents (" + FIELDS + ", mixed, created_at, updated_at) "
        + "VALUES (" + Clause.marks(24) + ")", values(r, false, now, now).toArray());
    return r.withId(id);
  }

  /**
   * Replaces every column of incident {@code r.id()}.
   *
   * @param mixed whether its sources differ in owner or marking (then readers read its views)
   */
  public void update(IncidentRow r, boolean mixed) {
    List<@Nullable Object> v = values(r, mixed, null, Instant.now().toString());
    v.remove(v.size() - 2);
    v.add(r.id());
    sql.update("update incident " + r.id(), "UPDATE incidents SET type = ?, status = ?, background_only = ?, "
        + "date_value = ?, date_precision = ?, date_start = ?, date_end = ?, country_code = ?, place = ?, site = ?, "
        + "lat = ?, lon = ?, place_precision = ?, cell = ?, group_id = ?, killed = ?, wounded = ?, machine_json = ?, "
        + "record_json = ?, owner_org = ?, tlp = ?, mixed = ?, updated_at = ? WHERE id = ?", v.toArray());
  }

  /** Drops the organisations' views of an incident (before they are computed again). */
  public void clearViews(long incidentId) {
    sql.update("clear incident views " + incidentId, "DELETE FROM incident_views WHERE incident_id = ?", incidentId);
  }

  /**
   * Stores how organisation {@code org} sees mixed incident {@code r.id()}.
   *
   * @param withReviews whether the analysts' reviews are applied in it
   */
  public void putView(long org, IncidentRow r, boolean withReviews) {
    List<@Nullable Object> v = values(r, false, null, null);
    v.subList(v.size() - 3, v.size()).clear();
    v.add(0, org);
    v.add(1, r.id());
    v.add(withReviews);
    sql.update("store incident view " + r.id(), "INSERT INTO incident_views (org_id, incident_id, " + FIELDS
        + ", with_reviews) VALUES (" + Clause.marks(24) + ")", v.toArray());
  }

  /** The ids of the incidents whose sources differ in owner or marking. */
  public List<Long> mixed() {
    return sql.list("list mixed incidents", rs -> rs.getLong(1), "SELECT id FROM incidents WHERE mixed = 1 ORDER BY id");
  }

  /** The incident as {@code viewer} reads it, if it may. */
  public Optional<IncidentRow> byId(Viewer viewer, long id) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM ").then(Visibility.incidents(viewer)).then(" WHERE id = ?", id);
    return sql.one("read incident " + id, IncidentStore::read, q.sql(), q.array());
  }

  /** Whether {@code viewer} reads the analysts' reviews of an incident (applied in what it reads). */
  public boolean readsReviews(Viewer viewer, long id) {
    if (viewer.isOperator()) {
      return true;
    }
    Clause q = Clause.of("SELECT count(*) FROM incidents i WHERE i.id = ? AND ((i.mixed = 0 AND ", id)
        .then(Visibility.rule("i", viewer.org()))
        .then(") OR EXISTS (SELECT 1 FROM incident_views v WHERE v.incident_id = i.id AND v.org_id = ? "
            + "AND v.with_reviews = 1))", viewer.org());
    return sql.count(q.sql(), q.array()) > 0;
  }

  /** Deletes an incident that has no sources left, with its reviews, proposals, views and links. */
  public void delete(long id) {
    sql.update("delete incident " + id, "DELETE FROM reviews WHERE incident_id = ?", id);
    sql.update("delete incident " + id, "DELETE FROM review_proposals WHERE incident_id = ?", id);
    sql.update("delete incident " + id, "DELETE FROM incident_links WHERE from_incident = ? OR to_incident = ?", id, id);
    clearViews(id);
    sql.update("delete incident " + id, "DELETE FROM incidents WHERE id = ?", id);
  }

  /**
   * Merge candidates for a new source labelled {@code newer}: incidents whose dates overlap
   * {@code from..to} (ISO days) in the country (and those with no country), or anywhere when
   * {@code countryCode} is null, whose every source is readable by whoever reads the new one
   * ({@link Visibility#covers}); at most {@code limit}.
   */
  public List<IncidentRow> candidates(String from, String to, @Nullable String countryCode, Ownership newer,
      int limit) {
    String lowest = java.time.LocalDate.parse(from).minusDays(MAX_DATE_SPAN_DAYS).toString();
    Clause window = Clause.of("date_start >= ? AND date_start <= ? AND date_end >= ?", lowest, to, from);
    if (countryCode == null) {
      return candidates(window, newer, limit);
    }
    List<IncidentRow> out = new ArrayList<>(candidates(Clause.of("country_code = ? AND ", countryCode).then(window),
        newer, limit));
    out.addAll(candidates(Clause.of("country_code IS NULL AND ").then(window), newer, limit));
    return out;
  }

  /**
   * Merge candidates of one group in a country (any country when null) for a new source labelled
   * {@code newer}, as {@link #candidates}: all of them when {@code undatedOnly} is false, else only
   * those with no date; at most {@code limit}. Uses the index on (group_id, date_start).
   */
  public List<IncidentRow> ofGroup(String groupId, @Nullable String countryCode, boolean undatedOnly, Ownership newer,
      int limit) {
    Clause w = Clause.of("group_id = ?", groupId);
    if (countryCode != null) {
      w = w.then(" AND country_code = ?", countryCode);
    }
    return candidates(undatedOnly ? w.then(" AND date_start IS NULL") : w, newer, limit);
  }

  /**
   * Merge candidates in a 1-degree cell (see {@link IncidentRow#cellOf}) for a new source labelled
   * {@code newer}, as {@link #candidates}, latest first, only those with no date when
   * {@code undatedOnly}; at most {@code limit}. Uses the index on (cell, date_start).
   */
  public List<IncidentRow> inCell(int cell, boolean undatedOnly, Ownership newer, int limit) {
    Clause w = Clause.of("cell = ?", cell);
    return candidates(undatedOnly ? w.then(" AND date_start IS NULL") : w, " ORDER BY date_start DESC, id DESC", newer,
        limit);
  }

  private List<IncidentRow> candidates(Clause where, Ownership newer, int limit) {
    return candidates(where, "", newer, limit);
  }

  private List<IncidentRow> candidates(Clause where, String order, Ownership newer, int limit) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM incidents WHERE ").then(where)
        .then(" AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = incidents.id AND NOT ")
        .then(Visibility.covers("s", newer)).then(")" + order + " LIMIT ?", limit);
    return sql.list("find merge candidates", IncidentStore::read, q.sql(), q.array());
  }

  /** One page of the incidents {@code viewer} reads that match the filter, latest first. */
  public List<IncidentRow> query(Viewer viewer, IncidentFilter f, int limit, int offset) {
    Clause q = page(viewer, f, limit, offset);
    return sql.list("query incidents", IncidentStore::read, q.sql(), q.array());
  }

  /** How the database would run {@link #query}: its query plan, one line per step. */
  List<String> queryPlan(Viewer viewer, IncidentFilter f, int limit, int offset) {
    Clause q = page(viewer, f, limit, offset);
    return sql.plan(q.sql(), q.array());
  }

  private static Clause page(Viewer viewer, IncidentFilter f, int limit, int offset) {
    return Clause.of("SELECT " + COLUMNS + " FROM ").then(Visibility.latestIncidents(viewer, f, limit + offset))
        .then(f.where()).then(" ORDER BY date_start DESC, id DESC LIMIT ? OFFSET ?", limit, offset);
  }

  /** Most grid cells a box query lists; a larger box is filtered on coordinates alone. */
  static final int MAX_BOX_CELLS = 64;

  /** The 1-degree cells a box covers (for the cell index), or none when there are too many. */
  static List<Integer> cells(IncidentFilter.Box box) {
    List<Integer> out = new ArrayList<>();
    int lat0 = (int) Math.floor(box.minLat());
    int lat1 = (int) Math.floor(Math.min(89.999, box.maxLat()));
    int lon0 = (int) Math.floor(box.minLon());
    int lon1 = (int) Math.floor(Math.min(179.999, box.maxLon()));
    if ((long) (lat1 - lat0 + 1) * (lon1 - lon0 + 1) > MAX_BOX_CELLS) {
      return out;
    }
    for (int lat = lat0; lat <= lat1; lat++) {
      for (int lon = lon0; lon <= lon1; lon++) {
        out.add(IncidentRow.cellOf(lat, lon));
      }
    }
    return out;
  }

  /** The incidents {@code viewer} reads of the groups (merged groups included by the caller), latest first. */
  public List<IncidentRow> ofGroups(Viewer viewer, List<String> groupIds, int limit) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM ").then(Visibility.incidents(viewer))
        .then(new IncidentFilter(groupIds, null, null, null, null, null).where())
        .then(" ORDER BY date_start DESC, id DESC LIMIT ?", limit);
    return sql.list("read group incidents", IncidentStore::read, q.sql(), q.array());
  }

  /** Counts and casualty totals of the incidents {@code viewer} reads of the groups, by year and type. */
  public List<Tally> tallyByYearAndType(Viewer viewer, List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    Clause q = Clause.of("SELECT substr(date_start, 1, 4) AS y, type, count(*), coalesce(sum(killed), 0), "
        + "coalesce(sum(wounded), 0) FROM ").then(Visibility.incidents(viewer))
        .then(new IncidentFilter(groupIds, null, null, null, null, null).where())
        .then(" GROUP BY substr(date_start, 1, 4), type ORDER BY y, type");
    return sql.list("tally group incidents", rs -> new Tally(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)), q.sql(), q.array());
  }

  /** Counts of the incidents {@code viewer} reads of the groups, by country, most first. */
  public List<Tally> tallyByCountry(Viewer viewer, List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    Clause q = Clause.of("SELECT country_code, count(*) AS n FROM ").then(Visibility.incidents(viewer))
        .then(new IncidentFilter(groupIds, null, null, null, null, null).where())
        .then(" AND country_code IS NOT NULL GROUP BY country_code ORDER BY n DESC, country_code");
    return sql.list("tally group countries", rs -> new Tally(rs.getString(1), null, rs.getLong(2), 0, 0),
        q.sql(), q.array());
  }

  /** One line of a tally: a key (year or country), optionally a type, and sums. */
  public record Tally(@Nullable String key, @Nullable String type, long incidents, long killed, long wounded) {}

  private static List<@Nullable Object> values(IncidentRow r, boolean mixed, @Nullable String created,
      @Nullable String updated) {
    List<@Nullable Object> v = new ArrayList<>(List.of());
    java.util.Collections.addAll(v, r.type(), r.status(), r.backgroundOnly(), r.dateValue(), r.datePrecision(),
        r.dateStart(), r.dateEnd(), r.countryCode(), r.place(), r.site(), r.lat(), r.lon(), r.placePrecision(),
        r.cell(), r.groupId(), r.killed(), r.wounded(), r.machineJson(), r.recordJson(), r.ownership().ownerOrg(),
        r.ownership().tlp().ordinal(), mixed, created, updated);
    return v;
  }

  static IncidentRow read(ResultSet rs) throws SQLException {
    return new IncidentRow(rs.getLong("id"), rs.getString("type"), rs.getString("status"),
        rs.getInt("background_only") != 0, rs.getString("date_value"), rs.getString("date_precision"),
        rs.getString("date_start"), rs.getString("date_end"), rs.getString("country_code"),
        rs.getString("place"), rs.getString("site"), Sql.doubleOrNull(rs, "lat"), Sql.doubleOrNull(rs, "lon"),
        rs.getString("place_precision"), Sql.intOrNull(rs, "cell"), rs.getString("group_id"),
        Sql.intOrNull(rs, "killed"), Sql.intOrNull(rs, "wounded"), rs.getString("machine_json"),
        rs.getString("record_json"), Ownership.of(Sql.longOrNull(rs, "owner_org"), rs.getInt("tlp")));
  }
}
