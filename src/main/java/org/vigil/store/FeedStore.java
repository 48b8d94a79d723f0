package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Feeds, their polling status and the items already taken from them. */
public final class FeedStore {

  private static final String COLUMNS = "id, url, every_seconds, etag, last_modified, next_poll, failures, "
      + "last_success, last_error, last_error_at, items_seen";

  private final Sql sql;

  FeedStore(Sql sql) {
    this.sql = sql;
  }

  /** Adds a feed, polled at once and then every {@code everySeconds}; an existing URL gets the new interval. */
  public FeedRow add(String url, long everySeconds) {
    Optional<FeedRow> old = byUrl(url);
    if (old.isPresent()) {
      sql.update("update feed", "UPDATE feeds SET every_seconds = ? WHERE id = ?", everySeconds, old.get().id());
      return byUrl(url).orElseThrow();
    }
    String now = Instant.now().toString();
    sql.insert("store feed", "INSERT INTO feeds (url, every_seconds, next_poll, failures, items_seen, created_at) "
        + "VALUES (?, ?, ?, 0, 0, ?)", url, everySeconds, now, now);
    return byUrl(url).orElseThrow();
  }

  public Optional<FeedRow> byUrl(String url) {
    return sql.one("read feed", FeedStore::read, "SELECT " + COLUMNS + " FROM feeds WHERE url = ?", url);
  }

  public List<FeedRow> all() {
    return sql.list("list feeds", FeedStore::read, "SELECT " + COLUMNS + " FROM feeds ORDER BY id");
  }

  /** Feeds whose next poll is at or before {@code now}. */
  public List<FeedRow> due(Instant now) {
    return sql.list("list due feeds", FeedStore::read, "SELECT " + COLUMNS
        + " FROM feeds WHERE next_poll <= ? ORDER BY next_poll", now.toString());
  }

  public boolean remove(long id) {
    return sql.update("remove feed", "DELETE FROM feeds WHERE id = ?", id) > 0;
  }

  /** Records a successful poll with the answer's validators and the count of new items. */
  public void succeeded(long id, @Nullable String etag, @Nullable String lastModified, int newItems, Instant now,
      Instant next) {
    sql.update("record feed success", "UPDATE feeds SET etag = ?, last_modified = ?, failures = 0, "
        + "last_success = ?, next_poll = ?, items_seen = items_seen + ? WHERE id = ?", etag, lastModified,
        now.toString(), next.toString(), newItems, id);
  }

  /** Records a failed poll: the error and the next poll, pushed back. */
  public void failed(long id, String error, Instant now, Instant next) {
    sql.update("record feed error", "UPDATE feeds SET failures = failures + 1, last_error = ?, last_error_at = ?, "
        + "next_poll = ? WHERE id = ?", error, now.toString(), next.toString(), id);
  }

  /** Whether an item was taken already. */
  public boolean seen(long feedId, String itemKey) {
    return sql.count("SELECT count(*) FROM feed_items WHERE feed_id = ? AND item_key = ?", feedId, itemKey) > 0;
  }

  /** Marks an item as taken; false when it already was. */
  public boolean markSeen(long feedId, String itemKey) {
    if (seen(feedId, itemKey)) {
      return false;
    }
    sql.update("record feed item", "INSERT INTO feed_items (feed_id, item_key, seen_at) VALUES (?, ?, ?)",
        feedId, itemKey, Instant.now().toString());
    return true;
  }

  private static FeedRow read(ResultSet rs) throws SQLException {
    return new FeedRow(rs.getLong("id"), rs.getString("url"), rs.getLong("every_seconds"), rs.getString("etag"),
        rs.getString("last_modified"), rs.getString("next_poll"), rs.getInt("failures"),
        rs.getString("last_success"), rs.getString("last_error"), rs.getString("last_error_at"),
        rs.getLong("items_seen"));
  }
}
