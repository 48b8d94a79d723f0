package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stored incidents: insert, update, lookups of merge candidates by date window and country,
 * and filtered pages for queries. Sources are in {@link SourceStore}.
 */
public final class IncidentStore {

  /** Longest span an incident date can stand for (a year), in days: bounds the index range. */
  static final int MAX_DATE_SPAN_DAYS = 366;

  private static final String COLUMNS = "id, type, status, background_only, date_value, "
      + "date_precision, date_start, date_end, country_code, place, site, lat, lon, place_precision, cell, "
      + "group_id, killed, wounded, machine_json, record_json";

  private final Sql sql;

  IncidentStore(Sql sql) {
    this.sql = sql;
  }

  /** Inserts an incident (its id is ignored); returns it with its new id. */
  public IncidentRow insert(IncidentRow r) {
    String now = Instant.now().toString();
    long id = sql.insert("store incident", "INSERT INTO incidents (type, status, background_only, "
        + "date_value, date_precision, date_start, date_end, country_code, place, site, lat, lon, "
        + "place_precision, cell, group_id, killed, wounded, machine_json, record_json, created_at, "
        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.type(), r.status(), r.backgroundOnly(), r.dateValue(), r.datePrecision(), r.dateStart(),
        r.dateEnd(), r.countryCode(), r.place(), r.site(), r.lat(), r.lon(), r.placePrecision(), r.cell(),
        r.groupId(), r.killed(), r.wounded(), r.machineJson(), r.recordJson(), now, now);
    return r.withId(id);
  }

  /** Replaces every column of incident {@code r.id()}. */
  public void update(IncidentRow r) {
    sql.update("update incident " + r.id(), "UPDATE incidents SET type = ?, status = ?, "
        + "background_only = ?, date_value = ?, date_precision = ?, date_start = ?, date_end = ?, "
        + "country_code = ?, place = ?, site = ?, lat = ?, lon = ?, place_precision = ?, cell = ?, group_id = ?, "
        + "killed = ?, wounded = ?, machine_json = ?, record_json = ?, updated_at = ? WHERE id = ?",
        r.type(), r.status(), r.backgroundOnly(), r.dateValue(), r.datePrecision(), r.dateStart(),
        r.dateEnd(), r.countryCode(), r.place(), r.site(), r.lat(), r.lon(), r.placePrecision(), r.cell(),
        r.groupId(), r.killed(), r.wounded(), r.machineJson(), r.recordJson(), Instant.now().toString(),
        r.id());
  }

  public Optional<IncidentRow> byId(long id) {
    return sql.one("read incident " + id, IncidentStore::read,
        "SELECT " + COLUMNS + " FROM incidents WHERE id = ?", id);
  }

  /** Deletes an incident that has no sources left, with its reviews and links. */
  public void delete(long id) {
    sql.update("delete incident " + id, "DELETE FROM reviews WHERE incident_id = ?", id);
    sql.update("delete incident " + id, "DELETE FROM incident_links WHERE from_incident = ? OR to_incident = ?", id, id);
    sql.update("delete incident " + id, "DELETE FROM incidents WHERE id = ?", id);
  }

  /**
   * Incidents whose dates overlap {@code from..to} (ISO days) in the country (and those with no
   * country), or anywhere when {@code countryCode} is null; at most {@code limit}.
   */
  public List<IncidentRow> candidates(String from, String to, @Nullable String countryCode, int limit) {
    String lowest = java.time.LocalDate.parse(from).minusDays(MAX_DATE_SPAN_DAYS).toString();
    String window = "date_start >= ? AND date_start <= ? AND date_end >= ?";
    if (countryCode == null) {
      return sql.list("find merge candidates", IncidentStore::read, "SELECT " + COLUMNS
          + " FROM incidents WHERE " + window + " LIMIT ?", lowest, to, from, limit);
    }
    List<IncidentRow> out = new ArrayList<>(sql.list("find merge candidates", IncidentStore::read,
        "SELECT " + COLUMNS + " FROM incidents WHERE country_code = ? AND " + window + " LIMIT ?",
        countryCode, lowest, to, from, limit));
    out.addAll(sql.list("find merge candidates", IncidentStore::read, "SELECT " + COLUMNS
        + " FROM incidents WHERE country_code IS NULL AND " + window + " LIMIT ?", lowest, to, from, limit));
    return out;
  }

  /**
   * Incidents of one group in a country (any country when null), all of them when
   * {@code undatedOnly} is false, else only those with no date; at most {@code limit}. Uses
   * the index on (group_id, date_start).
   */
  public List<IncidentRow> ofGroup(String groupId, @Nullable String countryCode, boolean undatedOnly, int limit) {
    String dates = undatedOnly ? " AND date_start IS NULL" : "";
    if (countryCode == null) {
      return sql.list("find merge candidates of a group", IncidentStore::read, "SELECT " + COLUMNS
          + " FROM incidents WHERE group_id = ?" + dates + " LIMIT ?", groupId, limit);
    }
    return sql.list("find merge candidates of a group", IncidentStore::read, "SELECT " + COLUMNS
        + " FROM incidents WHERE group_id = ? AND country_code = ?" + dates + " LIMIT ?", groupId, countryCode, limit);
  }

  /**
   * Incidents in a 1-degree cell (see {@link IncidentRow#cellOf}), latest first, only those with
   * no date when {@code undatedOnly}; at most {@code limit}. Uses the index on (cell, date_start).
   */
  public List<IncidentRow> inCell(int cell, boolean undatedOnly, int limit) {
    return sql.list("find merge candidates in a place", IncidentStore::read, "SELECT " + COLUMNS
        + " FROM incidents WHERE cell = ?" + (undatedOnly ? " AND date_start IS NULL" : "")
        + " ORDER BY date_start DESC, id DESC LIMIT ?", cell, limit);
  }

  /** One page of incidents matching the filter, latest first. */
  public List<IncidentRow> query(IncidentFilter f, int limit, int offset) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<@Nullable Object> args = new ArrayList<>();
    if (!f.groupIds().isEmpty()) {
      where.append(" AND group_id IN (").append(String.join(", ",
          java.util.Collections.nCopies(f.groupIds().size(), "?"))).append(")");
      args.addAll(f.groupIds());
    }
    if (f.countryCode() != null) {
      where.append(" AND country_code = ?");
      args.add(f.countryCode());
    }
    if (f.type() != null) {
      where.append(" AND type = ?");
      args.add(f.type());
    }
    if (f.since() != null) {
      where.append(" AND date_end >= ?");
      args.add(f.since());
    }
    if (f.until() != null) {
      where.append(" AND date_start <= ?");
      args.add(f.until());
    }
    if (f.near() != null) {
      List<Integer> cells = cells(f.near());
      if (!cells.isEmpty()) {
        where.append(" AND cell IN (").append(String.join(", ", java.util.Collections.nCopies(cells.size(), "?")))
            .append(")");
        args.addAll(cells);
      }
      where.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
      args.add(f.near().minLat());
      args.add(f.near().maxLat());
      args.add(f.near().minLon());
      args.add(f.near().maxLon());
    }
    args.add(limit);
    args.add(offset);
    return sql.list("query incidents", IncidentStore::read, "SELECT " + COLUMNS + " FROM incidents"
        + where + " ORDER BY date_start DESC, id DESC LIMIT ? OFFSET ?", args.toArray());
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

  /** Incidents of a group (merged groups included by the caller), latest first. */
  public List<IncidentRow> ofGroups(List<String> groupIds, int limit) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(groupIds.size(), "?"));
    List<Object> args = new ArrayList<>(groupIds);
    args.add(limit);
    return sql.list("read group incidents", IncidentStore::read, "SELECT " + COLUMNS
        + " FROM incidents WHERE group_id IN (" + marks + ") ORDER BY date_start DESC, id DESC LIMIT ?",
        args.toArray());
  }

  /** Incident counts and casualty totals of the groups by year and type: rows of year, type, incidents, killed, wounded. */
  public List<Tally> tallyByYearAndType(List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(groupIds.size(), "?"));
    return sql.list("tally group incidents", rs -> new Tally(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)), "SELECT substr(date_start, 1, 4) AS y, type, count(*), "
        + "coalesce(sum(killed), 0), coalesce(sum(wounded), 0) FROM incidents WHERE group_id IN (" + marks
        + ") GROUP BY substr(date_start, 1, 4), type ORDER BY y, type", groupIds.toArray());
  }

  /** Incident counts of the groups by country, most first. */
  public List<Tally> tallyByCountry(List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(groupIds.size(), "?"));
    return sql.list("tally group countries", rs -> new Tally(rs.getString(1), null, rs.getLong(2), 0, 0),
        "SELECT country_code, count(*) AS n FROM incidents WHERE group_id IN (" + marks
        + ") AND country_code IS NOT NULL GROUP BY country_code ORDER BY n DESC, country_code", groupIds.toArray());
  }

  /** One line of a tally: a key (year or country), optionally a type, and sums. */
  public record Tally(@Nullable String key, @Nullable String type, long incidents, long killed, long wounded) {}

  static IncidentRow read(ResultSet rs) throws SQLException {
    return new IncidentRow(rs.getLong("id"), rs.getString("type"), rs.getString("status"),
        rs.getInt("background_only") != 0, rs.getString("date_value"), rs.getString("date_precision"),
        rs.getString("date_start"), rs.getString("date_end"), rs.getString("country_code"),
        rs.getString("place"), rs.getString("site"), Sql.doubleOrNull(rs, "lat"), Sql.doubleOrNull(rs, "lon"),
        rs.getString("place_precision"), Sql.intOrNull(rs, "cell"), rs.getString("group_id"),
        Sql.intOrNull(rs, "killed"), Sql.intOrNull(rs, "wounded"), rs.getString("machine_json"),
        rs.getString("record_json"));
  }
}
