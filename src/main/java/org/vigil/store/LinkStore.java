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

  /**
   * The links from or to an incident that {@code viewer} reads, oldest first: both incidents
   * readable by it, and the report that tied them and its words only when it reads that report.
   */
  public List<IncidentLink> of(Viewer viewer, long incidentId) {
    if (viewer.isOperator()) {
      return sql.list("read incident links", LinkStore::read, "SELECT " + COLUMNS + " FROM incident_links l "
          + "WHERE from_incident = ? OR to_incident = ? ORDER BY id", incidentId, incidentId);
    }
    Clause readsReport = Clause.of("(l.report_id IS NULL OR EXISTS (SELECT 1 FROM reports r WHERE r.id = l.report_id AND ")
        .then(Visibility.rows("r", viewer)).then("))");
    Clause q = Clause.of("SELECT l.id, l.from_incident, l.to_incident, l.kind, CASE WHEN ").then(readsReport)
        .then(" THEN l.report_id END AS report_id, CASE WHEN ").then(readsReport)
        .then(" THEN l.evidence END AS evidence FROM incident_links l WHERE (l.from_incident = ? OR l.to_incident = ?)",
            incidentId, incidentId)
        .then(" AND EXISTS (SELECT 1 FROM ").then(Visibility.incidents(viewer)).then(" WHERE incidents.id = l.from_incident)")
        .then(" AND EXISTS (SELECT 1 FROM ").then(Visibility.incidents(viewer)).then(" WHERE incidents.id = l.to_incident)")
        .then(" ORDER BY l.id");
    return sql.list("read incident links", LinkStore::read, q.sql(), q.array());
  }

  /** Drops the links a report made (before it is extracted again). */
  public void deleteOfReport(long reportId) {
    sql.update("delete links of report " + reportId, "DELETE FROM incident_links WHERE report_id = ?", reportId);
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
    for (IncidentLink l : of(Viewer.OPERATOR, merged)) {
      long from = l.from() == merged ? into : l.from();
      long to = l.to() == merged ? into : l.to();
      delete(l.id());
      link(from, to, l.kind(), l.reportId(), l.evidence());
    }
    sql.update("move alerts", "DELETE FROM alerts WHERE incident_id = ? AND watchlist_id IN "
        + "(SELECT watchlist_id FROM alerts WHERE incident_id = ?)", merged, into);
    sql.update("move alerts", "UPDATE alerts SET incident_id = ? WHERE incident_id = ?", into, merged);
  }

  /**
   * The incident an incident was merged into, following later merges, when {@code viewer} reads
   * it; empty when it was not merged or the viewer may not read where it went.
   */
  public Optional<Long> mergedInto(Viewer viewer, long incidentId) {
    Clause q = Clause.of("SELECT m.into_id FROM incident_merges m WHERE m.merged_id = ? AND EXISTS (SELECT 1 FROM ",
        incidentId).then(Visibility.incidents(viewer)).then(" WHERE incidents.id = m.into_id)");
    return sql.one("read incident merge", rs -> rs.getLong(1), q.sql(), q.array());
  }

  /**
   * The incidents merged into {@code incidentId}, with why, as {@code viewer} reads them: the
   * reason (which may name a report) only when it reads every source of the incident.
   */
  public List<Merged> mergedFrom(Viewer viewer, long incidentId) {
    Clause readsAll = viewer.isOperator() ? Clause.of("1 = 1")
        : Clause.of("NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = m.into_id AND NOT ")
            .then(Visibility.rows("s", viewer)).then(")");
    Clause q = Clause.of("SELECT m.merged_id, CASE WHEN ").then(readsAll)
        .then(" THEN m.reason END AS reason, m.at FROM incident_merges m WHERE m.into_id = ? ORDER BY m.merged_id",
            incidentId);
    return sql.list("read incident merges", rs -> new Merged(rs.getLong(1), rs.getString(2), rs.getString(3)),
        q.sql(), q.array());
  }

  /**
   * An incident merged into another.
   *
   * @param reason why, or null when the reader may not read every source it speaks of
   */
  public record Merged(long incidentId, @Nullable String reason, String at) {}

  static IncidentLink read(ResultSet rs) throws SQLException {
    return new IncidentLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), Sql.longOrNull(rs, "report_id"),
        rs.getString(6));
  }
}
