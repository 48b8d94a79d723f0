package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What ties incidents to each other: links between related incidents that stay apart (an
 * attack and the raid that answered it) and the record of incidents merged into others, with
 * the moves a merge makes (reviews, alerts and links follow the incident that absorbed theirs).
 */
public final class LinkStore {

  private static final String COLUMNS = "id, from_incident, to_incident, kind, report_id, evidence";

  private final Sql sql;

  LinkStore(Sql sql) {
    this.sql = sql;
  }

  /** Adds a link unless the same one is stored; a link of an incident to itself is ignored. */
  public void link(long from, long to, String kind, @Nullable Long reportId, @Nullable String evidence) {
    if (from == to) {
      return;
    }
    sql.update("link incidents", "INSERT INTO incident_links (from_incident, to_incident, kind, report_id, evidence, "
        + "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", from, to, kind, reportId, evidence,
        Instant.now().toString());
  }

  /** The links from or to an incident, oldest first. */
  public List<IncidentLink> of(long incidentId) {
    return sql.list("read incident links", LinkStore::read, "SELECT " + COLUMNS + " FROM incident_links "
        + "WHERE from_incident = ? OR to_incident = ? ORDER BY id", incidentId, incidentId);
  }

  /** The links a report made. */
  public List<IncidentLink> ofReport(long reportId) {
    return sql.list("read incident links", LinkStore::read, "SELECT " + COLUMNS + " FROM incident_links "
        + "WHERE report_id = ? ORDER BY id", reportId);
  }

  public void delete(long linkId) {
    sql.update("delete incident link " + linkId, "DELETE FROM incident_links WHERE id = ?", linkId);
  }

  /**
   * Records that {@code merged} was merged into {@code into} and moves what pointed at it:
   * its links (a link that would join {@code into} to itself is dropped), its alerts (where a
   * watchlist alerted on both, the alert of {@code into} stays) and earlier merges into it.
   * Reviews are moved by the caller, which decides between two analysts' values.
   */
  public void recordMerge(long merged, long into, String reason) {
    String now = Instant.now().toString();
    sql.update("record incident merge", "INSERT INTO incident_merges (merged_id, into_id, reason, at) VALUES (?, ?, ?, ?)",
        merged, into, reason, now);
    sql.update("follow merges", "UPDATE incident_merges SET into_id = ? WHERE into_id = ?", into, merged);
    for (IncidentLink l : of(merged)) {
      long from = l.from() == merged ? into : l.from();
      long to = l.to() == merged ? into : l.to();
      delete(l.id());
      link(from, to, l.kind(), l.reportId(), l.evidence());
    }
    sql.update("move alerts", "DELETE FROM alerts WHERE incident_id = ? AND watchlist_id IN "
        + "(SELECT watchlist_id FROM alerts WHERE incident_id = ?)", merged, into);
    sql.update("move alerts", "UPDATE alerts SET incident_id = ? WHERE incident_id = ?", into, merged);
  }

  /** The incident an incident was merged into, following later merges; empty when it was not merged. */
  public Optional<Long> mergedInto(long incidentId) {
    return sql.one("read incident merge", rs -> rs.getLong(1), "SELECT into_id FROM incident_merges WHERE merged_id = ?",
        incidentId);
  }

  /** The incidents merged into {@code incidentId}, with why: "merged_id reason". */
  public List<Merged> mergedFrom(long incidentId) {
    return sql.list("read incident merges", rs -> new Merged(rs.getLong(1), rs.getString(2), rs.getString(3)),
        "SELECT merged_id, reason, at FROM incident_merges WHERE into_id = ? ORDER BY merged_id", incidentId);
  }

  /** An incident merged into another. */
  public record Merged(long incidentId, String reason, String at) {}

  static IncidentLink read(ResultSet rs) throws SQLException {
    return new IncidentLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), Sql.longOrNull(rs, "report_id"),
        rs.getString(6));
  }
}
