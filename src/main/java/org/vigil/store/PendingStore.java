package org.vigil.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The queue of reports waiting for ingest (from feeds, the drop directory and pushed reports).
 * An item is removed in the transaction that ingests it, so a restart loses none. An item that
 * cannot be ingested is kept, marked failed with its reason, and not taken again until
 * {@link #retry}: a bad report never blocks the queue, and none is dropped unseen.
 */
public final class PendingStore {

  /** Times an item is taken before it counts as failed: the server stopped or crashed on it each time. */
  public static final int MAX_ATTEMPTS = 3;

  /** Longest reason kept for a failed item, in characters. */
  public static final int MAX_REASON_CHARS = 2000;

  /**
   * A queued report that could not be ingested.
   *
   * @param failedAt when it was marked failed (ISO-8601)
   * @param attempts how often it was taken from the queue
   */
  public record Failed(long id, String origin, String name, String reason, String failedAt, int attempts) {}

  /**
   * A queued report.
   *
   * @param origin where it came from ({@code feed:URL}, {@code drop:FILE}, {@code api:USER})
   * @param name a file name whose extension tells the format ({@code .jsonl} for one record)
   * @param ownership who it will belong to, or null for the instance's own intake (labelled with
   *     {@code kb.organisation} and {@code kb.marking} when ingested)
   * @param queued when it was queued: the publication date of a text that carries none
   */
  public record Pending(long id, String origin, String name, String content, @Nullable Ownership ownership,
      Instant queued) {}

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

  /** The oldest reports waiting (not failed), at most {@code limit}. */
  public List<Pending> oldest(int limit) {
    return sql.list("read queued reports", rs -> {
      Integer tlp = Sql.intOrNull(rs, "tlp");
      return new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
          tlp == null ? null : Ownership.of(Sql.longOrNull(rs, "owner_org"), tlp), Instant.parse(rs.getString(7)));
    }, "SELECT id, origin, name, content, owner_org, tlp, created_at FROM pending_reports WHERE failed_at IS NULL "
        + "ORDER BY id LIMIT ?", limit);
  }

  /**
   * Takes the oldest waiting reports, at most {@code limit}, counting one more attempt on each
   * (commit it before working on them); an item already taken {@link #MAX_ATTEMPTS} times is
   * marked failed instead of being taken again.
   */
  public List<Pending> take(int limit) {
    sql.update("give up on queued reports", "UPDATE pending_reports SET failed_at = ?, failure = ? "
        + "WHERE failed_at IS NULL AND attempts >= ?", Instant.now().toString(), "taken " + MAX_ATTEMPTS
        + " times without finishing (the server stopped or crashed while ingesting it)", MAX_ATTEMPTS);
    List<Pending> batch = oldest(limit);
    for (Pending p : batch) {
      sql.update("count an attempt", "UPDATE pending_reports SET attempts = attempts + 1 WHERE id = ?", p.id());
    }
    return batch;
  }

  /** An attempt that was interrupted (the server is stopping) does not count. */
  public void release(long id) {
    sql.update("release queued report", "UPDATE pending_reports SET attempts = attempts - 1 "
        + "WHERE id = ? AND attempts > 0", id);
  }

  /** Marks an item failed with its reason; it is kept and not taken again until retried. */
  public void fail(long id, String reason) {
    String r = reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS - 1) + "…" : reason;
    sql.update("mark queued report failed", "UPDATE pending_reports SET failed_at = ?, failure = ? WHERE id = ?",
        Instant.now().toString(), r, id);
  }

  /** Puts a failed item back in the queue, with no attempts; false when there is no such failed item. */
  public boolean retry(long id) {
    return sql.update("retry queued report", "UPDATE pending_reports SET failed_at = NULL, failure = NULL, "
        + "attempts = 0 WHERE id = ? AND failed_at IS NOT NULL", id) > 0;
  }

  /** The failed items, latest first, at most {@code limit}. */
  public List<Failed> failed(int limit) {
    return sql.list("read failed queued reports", rs -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getInt(6)), "SELECT id, origin, name, failure, failed_at, attempts "
        + "FROM pending_reports WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT ?", limit);
  }

  /** The failed items pushed for organisation {@code org}, latest first, at most {@code limit}. */
  public List<Failed> failedOf(long org, int limit) {
    return sql.list("read failed queued reports", rs -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getInt(6)), "SELECT id, origin, name, failure, failed_at, attempts "
        + "FROM pending_reports WHERE failed_at IS NOT NULL AND owner_org = ? ORDER BY failed_at DESC, id DESC "
        + "LIMIT ?", org, limit);
  }

  public void remove(long id) {
    sql.update("dequeue report", "DELETE FROM pending_reports WHERE id = ?", id);
  }

  /** Reports waiting for ingest (failed ones not counted). */
  public long size() {
    return sql.count("SELECT count(*) FROM pending_reports WHERE failed_at IS NULL");
  }

  /** Reports that failed and are kept. */
  public long failedCount() {
    return sql.count("SELECT count(*) FROM pending_reports WHERE failed_at IS NOT NULL");
  }
}
