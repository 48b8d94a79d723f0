package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Alerts: one row per watchlist and incident, raised then updated in place. */
public final class AlertStore {

  private static final String COLUMNS = "a.id, a.watchlist_id, a.incident_id, a.version, a.summary, a.reason, "
      + "a.state, a.created_at, a.updated_at";

  private final Sql sql;

  AlertStore(Sql sql) {
    this.sql = sql;
  }

  public Optional<AlertRow> find(long watchlistId, long incidentId) {
    return sql.one("read alert", AlertStore::read, "SELECT " + COLUMNS
        + " FROM alerts a WHERE a.watchlist_id = ? AND a.incident_id = ?", watchlistId, incidentId);
  }

  /** Raises a new alert at version 1. */
  public AlertRow insert(long watchlistId, long incidentId, String summary, String reason, String state) {
    String now = Instant.now().toString();
    long id = sql.insert("store alert", "INSERT INTO alerts (watchlist_id, incident_id, version, summary, reason, "
        + "state, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)", watchlistId, incidentId, summary,
        reason, state, now, now);
    return new AlertRow(id, watchlistId, incidentId, 1, summary, reason, state, now, now);
  }

  /** Stores the next version of an alert; returns it. */
  public AlertRow update(AlertRow a, String summary, String reason, String state) {
    String now = Instant.now().toString();
    sql.update("update alert " + a.id(), "UPDATE alerts SET version = ?, summary = ?, reason = ?, state = ?, "
        + "updated_at = ? WHERE id = ?", a.version() + 1, summary, reason, state, now, a.id());
    return new AlertRow(a.id(), a.watchlistId(), a.incidentId(), a.version() + 1, summary, reason, state,
        a.createdAt(), now);
  }

  /**
   * The alerts of the watchlists a user sees (their own and their organisation's), updated at or
   * after {@code since} (an ISO instant; "" for all), latest first, at most {@code limit}.
   */
  public List<AlertRow> visibleTo(long userId, long orgId, String since, int limit) {
    Clause q = mine(userId, orgId).then(" AND a.updated_at >= ? ORDER BY a.updated_at DESC, a.id DESC LIMIT ?",
        since, limit);
    return sql.list("list alerts", AlertStore::read, q.sql(), q.array());
  }

  /**
   * The alerts of the watchlists of a user and their organisation whose incident the
   * organisation still reads ({@link Visibility}).
   */
  private static Clause mine(long userId, long orgId) {
    return Clause.of("SELECT " + COLUMNS + " FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id "
        + "WHERE (w.owner_user = ? OR w.owner_org = ?) AND a.incident_id IN (SELECT id FROM ", userId, orgId)
        .then(Visibility.incidents(Viewer.of(orgId))).then(")");
  }

  /**
   * One page of the alerts of the watchlists a user sees, latest first: {@code limit} alerts
   * after skipping {@code offset}.
   */
  public List<AlertRow> page(long userId, long orgId, int offset, int limit) {
    Clause q = mine(userId, orgId).then(" ORDER BY a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?", limit, offset);
    return sql.list("list alerts", AlertStore::read, q.sql(), q.array());
  }

  /** Every alert, latest first, at most {@code limit} (the operator's command line). */
  public List<AlertRow> latest(int limit) {
    return sql.list("list alerts", AlertStore::read, "SELECT " + COLUMNS
        + " FROM alerts a ORDER BY a.updated_at DESC, a.id DESC LIMIT ?", limit);
  }

  private static AlertRow read(ResultSet rs) throws SQLException {
    return new AlertRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
  }
}
