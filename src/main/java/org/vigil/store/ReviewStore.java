package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Analysts' reviews: one decision per incident field, the latest replacing the earlier one. */
public final class ReviewStore {

  private final Sql sql;

  ReviewStore(Sql sql) {
    this.sql = sql;
  }

  public void put(Review r) {
    sql.update("delete review", "DELETE FROM reviews WHERE incident_id = ? AND field = ?", r.incidentId(), r.field());
    sql.update("store review", "INSERT INTO reviews (incident_id, field, action, value, at) VALUES (?, ?, ?, ?, ?)",
        r.incidentId(), r.field(), r.action(), r.value(), r.at());
  }

  public List<Review> ofIncident(long incidentId) {
    return sql.list("read reviews", ReviewStore::read, "SELECT incident_id, field, action, value, at "
        + "FROM reviews WHERE incident_id = ? ORDER BY field", incidentId);
  }

  static Review read(ResultSet rs) throws SQLException {
    return new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }
}
