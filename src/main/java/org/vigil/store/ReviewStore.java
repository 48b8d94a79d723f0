package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Analysts' reviews (one decision per incident field, the latest replacing the earlier one), made
 * by the incident's owner, and the proposals of other organisations' analysts.
 */
public final class ReviewStore {

  private static final String PROPOSAL = "p.id, p.incident_id, p.org_id, p.user_name, p.field, p.action, p.value, "
      + "p.status, p.created_at, p.decided_by, p.decided_at";

  private final Sql sql;

  ReviewStore(Sql sql) {
    this.sql = sql;
  }

  public void put(Review r) {
    sql.update("delete review", "DELETE FROM reviews WHERE incident_id = ? AND field = ?", r.incidentId(), r.field());
    sql.update("store review", "INSERT INTO reviews (incident_id, field, action, value, at) VALUES (?, ?, ?, ?, ?)",
        r.incidentId(), r.field(), r.action(), r.value(), r.at());
  }

  /** Every review of an incident (to merge it); what a reader sees of them is {@link IncidentStore#readsReviews}. */
  public List<Review> ofIncident(long incidentId) {
    return sql.list("read reviews", ReviewStore::read, "SELECT incident_id, field, action, value, at "
        + "FROM reviews WHERE incident_id = ? ORDER BY field", incidentId);
  }

  /** The reviews of several incidents, by incident and field. */
  public List<Review> ofIncidents(List<Long> incidentIds) {
    return incidentIds.isEmpty() ? List.of() : sql.list("read reviews", ReviewStore::read, "SELECT incident_id, "
        + "field, action, value, at FROM reviews WHERE incident_id IN (" + Clause.marks(incidentIds.size())
        + ") ORDER BY incident_id, field", incidentIds.toArray());
  }

  /** Stores an open proposal (its id, status and decision are ignored); returns it with its id. */
  public Proposal propose(Proposal p) {
    long id = sql.insert("store proposal", "INSERT INTO review_proposals (incident_id, org_id, user_name, field, "
        + "action, value, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)", p.incidentId(), p.orgId(),
        p.userName(), p.field(), p.action(), p.value(), p.createdAt());
    return new Proposal(id, p.incidentId(), p.orgId(), p.userName(), p.field(), p.action(), p.value(), "open",
        p.createdAt(), null, null);
  }

  /**
   * The proposals {@code viewer} reads (those its organisation made, and those on incidents it
   * owns; the operator reads all), of one incident or (incident 0) of all, open ones only or all,
   * newest first, at most {@code limit}.
   */
  public List<Proposal> proposals(Viewer viewer, long incidentId, boolean openOnly, int limit) {
    Clause q = Clause.of("SELECT " + PROPOSAL + " FROM review_proposals p WHERE ")
        .then(readable(viewer))
        .then(incidentId == 0 ? Clause.of("") : Clause.of(" AND p.incident_id = ?", incidentId))
        .then(openOnly ? " AND p.status = 'open'" : "").then(" ORDER BY p.id DESC LIMIT ?", limit);
    return sql.list("read proposals", ReviewStore::proposal, q.sql(), q.array());
  }

  /** The proposal, if {@code viewer} reads it. */
  public Optional<Proposal> proposal(Viewer viewer, long id) {
    Clause q = Clause.of("SELECT " + PROPOSAL + " FROM review_proposals p WHERE p.id = ? AND ", id)
        .then(readable(viewer));
    return sql.one("read proposal", ReviewStore::proposal, q.sql(), q.array());
  }

  /** Records the owner's decision on an open proposal: {@code accepted} or {@code rejected}. */
  public void decide(long id, String status, String by, Instant at) {
    if (!status.equals("accepted") && !status.equals("rejected")) {
      throw new IllegalArgumentException("a proposal is accepted or rejected, not " + status);
    }
    sql.update("decide proposal " + id, "UPDATE review_proposals SET status = ?, decided_by = ?, decided_at = ? "
        + "WHERE id = ? AND status = 'open'", status, by, at.toString(), id);
  }

  private static Clause readable(Viewer viewer) {
    return viewer.isOperator() ? Clause.of("1 = 1")
        : Clause.of("(p.org_id = ? OR EXISTS (SELECT 1 FROM incidents i WHERE i.id = p.incident_id "
            + "AND i.owner_org = ?))", viewer.org(), viewer.org());
  }

  static Review read(ResultSet rs) throws SQLException {
    return new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }

  private static Proposal proposal(ResultSet rs) throws SQLException {
    return new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
  }
}
