package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What concerns the knowledge base as a whole: adoption by an organisation, counts, size, planner statistics. */
final class StoreWide {

  private final Sql sql;

  StoreWide(Sql sql) {
    this.sql = sql;
  }

  java.util.List<Long> adopt(long org) {
    sql.update("adopt reports", "UPDATE reports SET owner_org = ? WHERE owner_org IS NULL AND NOT EXISTS "
        + "(SELECT 1 FROM reports o WHERE o.owner_org = ? AND o.content_hash = reports.content_hash "
        + "AND o.tlp = reports.tlp)", org, org);
    java.util.List<Long> touched = sql.list("find adopted incidents", rs -> rs.getLong(1), "SELECT DISTINCT "
        + "incident_id FROM incident_sources WHERE owner_org IS NULL AND (report_id IS NULL OR report_id IN "
        + "(SELECT id FROM reports WHERE owner_org = ?)) ORDER BY incident_id", org);
    sql.update("adopt sources", "UPDATE incident_sources SET owner_org = ? WHERE owner_org IS NULL AND "
        + "(report_id IS NULL OR report_id IN (SELECT id FROM reports WHERE owner_org = ?))", org, org);
    return touched;
  }

  Stats stats(Viewer viewer) {
    Clause reports = Clause.of(" FROM reports r WHERE ").then(Visibility.rows("r", viewer));
    Clause incidents = Clause.of(" FROM ").then(Visibility.incidents(viewer, Aggregates.TALLY_FIELDS));
    return new Stats(count(Clause.of("SELECT count(*)").then(reports)),
        count(Clause.of("SELECT count(*)").then(incidents)),
        count(Clause.of("SELECT count(DISTINCT group_id)").then(incidents).then(" WHERE group_id IS NOT NULL")),
        count(Clause.of("SELECT count(*) FROM incident_sources s WHERE ").then(Visibility.rows("s", viewer))),
        count(Clause.of("SELECT count(*) FROM report_copies c JOIN reports r ON r.id = c.report_id WHERE ")
            .then(Visibility.rows("r", viewer)))
            + count(Clause.of("SELECT count(*)").then(reports).then(" AND r.near_dup_of IS NOT NULL")),
        count(Clause.of("SELECT count(*)").then(incidents).then(" WHERE background_only <> 0")));
  }

  private long count(Clause q) {
    return sql.count(q.sql(), q.array());
  }

  long sizeBytes() {
    if (sql.db.dialect() == Dialect.POSTGRESQL) {
      return sql.count("SELECT pg_database_size(current_database())");
    }
    String file = sql.db.jdbcUrl().substring("jdbc:sqlite:".length());
    long size = 0;
    for (String suffix : new String[] {"", "-wal"}) {
      try {
        Path p = Path.of(file + suffix);
        size += Files.exists(p) ? Files.size(p) : 0;
      } catch (IOException | RuntimeException e) {
        // a size we cannot read counts as zero
      }
    }
    return size;
  }

  /** Refreshes the query planner's statistics of every table (after a bulk load). */
  void analyze() {
    sql.update("analyze", "ANALYZE");
  }
}
