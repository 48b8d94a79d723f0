package org.vigil.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
   * @param ownership who it will belong to, or null for the instance's own intake (labelled with
   *     {@code kb.organisation} and {@code kb.marking} when ingested)
   */
  public record Pending(long id, String origin, String name, String content, @Nullable Ownership ownership) {}

  private final Sql sql;

  PendingStore(Sql sql) {
    this.sql = sql;
  }

  /** Queues a report of the instance's own intake. */
  public long add(String origin, String name, String content) {
    return add(origin, name, content, null);
  }

  /** Queues a report that will belong to {@code ownership} (null: the instance's own intake). */
  public long add(String origin, String name, String content, @Nullable Ownership ownership) {
    return sql.insert("queue report", "INSERT INTO pending_reports (origin, name, content, created_at, owner_org, tlp) "
        + "VALUES (?, ?, ?, ?, ?, ?)", origin, name, content, Instant.now().toString(),
        ownership == null ? null : ownership.ownerOrg(), ownership == null ? null : ownership.tlp().ordinal());
  }

  /** Queues one JSON Lines record of the instance's own intake. */
  public long addRecord(String origin, String json) {
    return add(origin, "report.jsonl", json, null);
  }

  /** Queues one JSON Lines record that will belong to {@code ownership}. */
  public long addRecord(String origin, String json, Ownership ownership) {
    return add(origin, "report.jsonl", json, ownership);
  }

  /** The oldest queued reports, at most {@code limit}. */
  public List<Pending> oldest(int limit) {
    return sql.list("read queued reports", rs -> {
      Integer tlp = Sql.intOrNull(rs, "tlp");
      return new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
          tlp == null ? null : Ownership.of(Sql.longOrNull(rs, "owner_org"), tlp));
    }, "SELECT id, origin, name, content, owner_org, tlp FROM pending_reports ORDER BY id LIMIT ?", limit);
  }

  public void remove(long id) {
    sql.update("dequeue report", "DELETE FROM pending_reports WHERE id = ?", id);
  }

  public long size() {
    return sql.count("SELECT count(*) FROM pending_reports");
  }
}
