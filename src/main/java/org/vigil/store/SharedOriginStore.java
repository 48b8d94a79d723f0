package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Which incident sources and reports came from partners' STIX objects (see {@link SharedOrigin}). */
public final class SharedOriginStore {

  private static final String COLUMNS = "o.id, o.stix_id, o.stix_version, o.source_id, o.report_id, o.owner_org, "
      + "o.producer, o.tlp, o.imported_at";

  private final Sql sql;

  SharedOriginStore(Sql sql) {
    this.sql = sql;
  }

  public void add(SharedOrigin o) {
    sql.update("store shared origin", "INSERT INTO shared_origins (stix_id, stix_version, source_id, report_id, "
        + "owner_org, producer, tlp, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", o.stixId(), o.stixVersion(),
        o.sourceId(), o.reportId(), o.ownerOrg(), o.producer(), o.tlp(), o.importedAt());
  }

  /** The sources an organisation's STIX object became, oldest first. */
  public List<SharedOrigin> sourcesOf(String stixId, long ownerOrg) {
    return sql.list("read shared origins", SharedOriginStore::read, "SELECT " + COLUMNS + " FROM shared_origins o "
        + "WHERE o.stix_id = ? AND o.owner_org = ? AND o.source_id IS NOT NULL ORDER BY o.id", stixId, ownerOrg);
  }

  /** The shared origins of an incident's sources. */
  public List<SharedOrigin> ofIncident(long incidentId) {
    return sql.list("read shared origins", SharedOriginStore::read, "SELECT " + COLUMNS + " FROM shared_origins o "
        + "JOIN incident_sources s ON s.id = o.source_id WHERE s.incident_id = ? ORDER BY o.id", incidentId);
  }

  /** The same for the sources of several incidents at once. */
  public List<SharedOrigin> ofIncidents(List<Long> incidentIds) {
    return incidentIds.isEmpty() ? List.of() : sql.list("read shared origins", SharedOriginStore::read, "SELECT "
        + COLUMNS + " FROM shared_origins o JOIN incident_sources s ON s.id = o.source_id WHERE s.incident_id IN ("
        + Clause.marks(incidentIds.size()) + ") ORDER BY o.id", incidentIds.toArray());
  }

  /** Marks the sources of an object as made from a later version of it. */
  public void updateVersion(long originId, String stixVersion, int tlp) {
    sql.update("update shared origin", "UPDATE shared_origins SET stix_version = ?, tlp = ? WHERE id = ?",
        stixVersion, tlp, originId);
  }

  private static SharedOrigin read(ResultSet rs) throws SQLException {
    return new SharedOrigin(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.longOrNull(rs, "source_id"),
        Sql.longOrNull(rs, "report_id"), rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getString(9));
  }
}
