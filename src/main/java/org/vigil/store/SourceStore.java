package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sources of incidents: reports and dataset records, with their values, merge explanations
 * and labels. Reads take a {@link Viewer} and return only the sources it may read.
 */
public final class SourceStore {

  private static final String COLUMNS = "s.id, s.incident_id, s.report_id, s.dataset, s.dataset_ref, s.position, "
      + "s.background, s.counts, s.published, s.values_json, s.explanation, s.owner_org, s.tlp";

  private final Sql sql;

  SourceStore(Sql sql) {
    this.sql = sql;
  }

  /** Inserts a source (its id is ignored); returns the new id. */
  public long insert(SourceRow s) {
    return sql.insert("store source of incident " + s.incidentId(), "INSERT INTO incident_sources "
        + "(incident_id, report_id, dataset, dataset_ref, position, background, counts, published, "
        + "values_json, explanation, added_at, owner_org, tlp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.incidentId(), s.reportId(), s.dataset(), s.datasetRef(), s.position(), s.background(),
        s.counts(), s.published(), s.valuesJson(), s.explanation(), Instant.now().toString(),
        s.ownership().ownerOrg(), s.ownership().tlp().ordinal());
  }

  /** The sources of an incident that {@code viewer} reads, in the order they were added. */
  public List<SourceRow> ofIncident(Viewer viewer, long incidentId) {
    return read(viewer, "s.incident_id = ? ORDER BY s.id", incidentId);
  }

  /** The sources {@code viewer} reads of the incidents {@code incidentIds}, in the order they were added. */
  public List<SourceRow> ofIncidents(Viewer viewer, List<Long> incidentIds) {
    return incidentIds.isEmpty() ? List.of()
        : read(viewer, "s.incident_id IN (" + Clause.marks(incidentIds.size()) + ") ORDER BY s.id", incidentIds.toArray());
  }

  /** The sources {@code viewer} reads that a report gave. */
  public List<SourceRow> ofReport(Viewer viewer, long reportId) {
    return read(viewer, "s.report_id = ? ORDER BY s.id", reportId);
  }

  public Optional<SourceRow> byId(Viewer viewer, long id) {
    return read(viewer, "s.id = ?", id).stream().findFirst();
  }

  /** The source row of a dataset record, if it was imported before (whoever imported it). */
  public Optional<SourceRow> ofDatasetRecord(String dataset, String ref) {
    return read(Viewer.OPERATOR, "s.dataset = ? AND s.dataset_ref = ?", dataset, ref).stream().findFirst();
  }

  private List<SourceRow> read(Viewer viewer, String where, Object... args) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM incident_sources s WHERE ").then(Visibility.rows("s", viewer))
        .then(" AND " + where, args);
    return sql.list("read sources", SourceStore::read, q.sql(), q.array());
  }

  /** Whether an incident has a source from the dataset ("gtd", "acled"). */
  public boolean hasDataset(long incidentId, String dataset) {
    return sql.count("SELECT count(*) FROM incident_sources WHERE incident_id = ? AND dataset = ?", incidentId,
        dataset) > 0;
  }

  /** Whether an incident has a source from any dataset (a catalogue's record anchors it). */
  public boolean hasAnyDataset(long incidentId) {
    return sql.count("SELECT count(*) FROM incident_sources WHERE incident_id = ? AND dataset IS NOT NULL",
        incidentId) > 0;
  }

  /** Moves a source to another incident, with a new explanation. */
  public void move(long sourceId, long incidentId, String explanation) {
    sql.update("move source " + sourceId, "UPDATE incident_sources SET incident_id = ?, explanation = ? "
        + "WHERE id = ?", incidentId, explanation, sourceId);
  }

  /** Replaces the values a source gave (after re-extraction). */
  public void updateValues(long sourceId, String valuesJson) {
    sql.update("update source " + sourceId, "UPDATE incident_sources SET values_json = ? WHERE id = ?",
        valuesJson, sourceId);
  }

  /** Gives a source another label (a partner's later version of what it shared, marked anew). */
  public void relabel(long sourceId, Ownership label) {
    sql.update("relabel source " + sourceId, "UPDATE incident_sources SET owner_org = ?, tlp = ? WHERE id = ?",
        label.ownerOrg(), label.tlp().ordinal(), sourceId);
  }

  public void delete(long sourceId) {
    sql.update("delete source " + sourceId, "DELETE FROM incident_sources WHERE id = ?", sourceId);
  }

  static SourceRow read(ResultSet rs) throws SQLException {
    return new SourceRow(rs.getLong("id"), rs.getLong("incident_id"), Sql.longOrNull(rs, "report_id"),
        rs.getString("dataset"), rs.getString("dataset_ref"), rs.getInt("position"),
        rs.getInt("background") != 0, rs.getInt("counts") != 0, rs.getString("published"),
        rs.getString("values_json"), rs.getString("explanation"),
        Ownership.of(Sql.longOrNull(rs, "owner_org"), rs.getInt("tlp")));
  }
}
