package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sources of incidents: reports and dataset records, with their values and merge explanations. */
public final class SourceStore {

  private static final String COLUMNS = "id, incident_id, report_id, dataset, dataset_ref, position, "
      + "background, counts, published, values_json, explanation";

  private final Sql sql;

  SourceStore(Sql sql) {
    this.sql = sql;
  }

  /** Inserts a source (its id is ignored); returns the new id. */
  public long insert(SourceRow s) {
    return sql.insert("store source of incident " + s.incidentId(), "INSERT INTO incident_sources "
        + "(incident_id, report_id, dataset, dataset_ref, position, background, counts, published, "
        + "values_json, explanation, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.incidentId(), s.reportId(), s.dataset(), s.datasetRef(), s.position(), s.background(),
        s.counts(), s.published(), s.valuesJson(), s.explanation(), Instant.now().toString());
  }

  /** The sources of an incident, in the order they were added. */
  public List<SourceRow> ofIncident(long incidentId) {
    return sql.list("read sources", SourceStore::read,
        "SELECT " + COLUMNS + " FROM incident_sources WHERE incident_id = ? ORDER BY id", incidentId);
  }

  /** The incidents a report is a source of. */
  public List<SourceRow> ofReport(long reportId) {
    return sql.list("read sources", SourceStore::read,
        "SELECT " + COLUMNS + " FROM incident_sources WHERE report_id = ? ORDER BY id", reportId);
  }

  public Optional<SourceRow> byId(long id) {
    return sql.one("read source " + id, SourceStore::read,
        "SELECT " + COLUMNS + " FROM incident_sources WHERE id = ?", id);
  }

  /** The source row of a dataset record, if it was imported before. */
  public Optional<SourceRow> ofDatasetRecord(String dataset, String ref) {
    return sql.one("read dataset source", SourceStore::read, "SELECT " + COLUMNS
        + " FROM incident_sources WHERE dataset = ? AND dataset_ref = ?", dataset, ref);
  }

  /** Whether an incident has a source from the dataset ("gtd", "acled"). */
  public boolean hasDataset(long incidentId, String dataset) {
    return sql.count("SELECT count(*) FROM incident_sources WHERE incident_id = ? AND dataset = ?", incidentId,
        dataset) > 0;
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

  public void delete(long sourceId) {
    sql.update("delete source " + sourceId, "DELETE FROM incident_sources WHERE id = ?", sourceId);
  }

  static SourceRow read(ResultSet rs) throws SQLException {
    return new SourceRow(rs.getLong("id"), rs.getLong("incident_id"), Sql.longOrNull(rs, "report_id"),
        rs.getString("dataset"), rs.getString("dataset_ref"), rs.getInt("position"),
        rs.getInt("background") != 0, rs.getInt("counts") != 0, rs.getString("published"),
        rs.getString("values_json"), rs.getString("explanation"));
  }
}
