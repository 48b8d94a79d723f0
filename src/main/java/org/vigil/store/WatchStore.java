package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Watchlists: add, list (all, or those a user sees: their own and their organisation's), remove. */
public final class WatchStore {

  private static final String COLUMNS = "id, owner_user, owner_org, name, kind, value, lat, lon, radius_km, "
      + "category, incident_types, min_killed, arrests_only";

  private final Sql sql;

  WatchStore(Sql sql) {
    this.sql = sql;
  }

  /** Inserts a watchlist (its id is ignored); returns it with its new id. */
  public WatchlistRow insert(WatchlistRow w) {
    long id = sql.insert("store watchlist", "INSERT INTO watchlists (owner_user, owner_org, name, kind, value, "
        + "lat, lon, radius_km, category, incident_types, min_killed, arrests_only, created_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.ownerUser(), w.ownerOrg(), w.name(), w.kind(),
        w.value(), w.lat(), w.lon(), w.radiusKm(), w.category(), String.join(",", w.incidentTypes()),
        w.minKilled(), w.arrestsOnly(), Instant.now().toString());
    return w.withId(id);
  }

  /** Every watchlist, in id order. */
  public List<WatchlistRow> all() {
    return sql.list("list watchlists", WatchStore::read, "SELECT " + COLUMNS + " FROM watchlists ORDER BY id");
  }

  /** The watchlists of a user: their own and their organisation's, in id order. */
  public List<WatchlistRow> visibleTo(long userId, long orgId) {
    return sql.list("list watchlists", WatchStore::read, "SELECT " + COLUMNS
        + " FROM watchlists WHERE owner_user = ? OR owner_org = ? ORDER BY id", userId, orgId);
  }

  public Optional<WatchlistRow> byId(long id) {
    return sql.one("read watchlist", WatchStore::read, "SELECT " + COLUMNS + " FROM watchlists WHERE id = ?", id);
  }

  /** Removes a watchlist and its alerts; false when there was none. */
  public boolean remove(long id) {
    sql.update("remove watchlist alerts", "DELETE FROM alerts WHERE watchlist_id = ?", id);
    return sql.update("remove watchlist", "DELETE FROM watchlists WHERE id = ?", id) > 0;
  }

  private static WatchlistRow read(ResultSet rs) throws SQLException {
    String types = rs.getString("incident_types");
    return new WatchlistRow(rs.getLong("id"), Sql.longOrNull(rs, "owner_user"), Sql.longOrNull(rs, "owner_org"),
        rs.getString("name"), rs.getString("kind"), rs.getString("value"), Sql.doubleOrNull(rs, "lat"),
        Sql.doubleOrNull(rs, "lon"), Sql.doubleOrNull(rs, "radius_km"), rs.getString("category"),
        types == null || types.isBlank() ? List.of() : Arrays.asList(types.split(",")),
        Sql.intOrNull(rs, "min_killed"), rs.getInt("arrests_only") != 0);
  }
}
