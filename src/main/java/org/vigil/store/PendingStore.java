package org.vigil.store;

import java.time.Instant;
import java.util.List;

/**
 * The queue of reports waiting for ingest (from feeds, the drop directory and pushed reports).
 * An item is removed in the transaction that ingests it, so a restart loses none.
 */
public final class PendingStore {

  /**
   * A queued report.
   *
   * @param origin where it came from ({@code feed:URL}, {@code drop:FILE}, {@code api:USER})
   * @param name a file name whose extension tells the format ({@code .jsonl} for one record)
   */
  public record Pending(long id, String origin, String name, String content) {}

  private final Sql sql;

  PendingStore(Sql sql) {
    this.sql = sql;
  }

  public long add(String origin, String name, String content) {
    return sql.insert("queue report", "INSERT INTO pending_reports (origin, name, content, created_at) "
        + "VALUES (?, ?, ?, ?)", origin, name, content, Instant.now().toString());
  }

  /** Queues one JSON Lines record. */
  public long addRecord(String origin, String json) {
    return add(origin, "report.jsonl", json);
  }

  /** The oldest queued reports, at most {@code limit}. */
  public List<Pending> oldest(int limit) {
    return sql.list("read queued reports", rs -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4)), "SELECT id, origin, name, content FROM pending_reports ORDER BY id LIMIT ?", limit);
  }

  public void remove(long id) {
    sql.update("dequeue report", "DELETE FROM pending_reports WHERE id = ?", id);
  }

  public long size() {
    return sql.count("SELECT count(*) FROM pending_reports");
  }
}
