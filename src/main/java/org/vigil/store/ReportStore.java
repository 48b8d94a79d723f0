package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stored reports: lookup by content hash and by SimHash band, insert, full-text search. */
public final class ReportStore {

  private static final String COLUMNS =
      "id, ext_id, content_hash, minhash, near_dup_of, title, published, source, url, origin, text";

  private final Sql sql;
  private final TextSearch search;

  ReportStore(Sql sql, TextSearch search) {
    this.sql = sql;
    this.search = search;
  }

  /** The report with this normalised-content hash. */
  public Optional<Long> idByHash(String contentHash) {
    return sql.one("find report by hash", rs -> rs.getLong(1),
        "SELECT id FROM reports WHERE content_hash = ?", contentHash);
  }

  /** Remembers another place the same content was seen; once per origin, never its first one. */
  public void addCopy(long reportId, String origin) {
    if (sql.count("SELECT count(*) FROM reports WHERE id = ? AND origin = ?", reportId, origin) > 0) {
      return;
    }
    sql.update("record duplicate", "INSERT INTO report_copies (report_id, origin) VALUES (?, ?) "
        + "ON CONFLICT DO NOTHING", reportId, origin);
  }

  /**
   * Near-duplicate candidates: id and MinHash signature of the reports sharing at least one
   * band key, oldest first, at most 1000.
   */
  public List<Candidate> sharingBand(long[] bandKeys) {
    String marks = String.join(", ", java.util.Collections.nCopies(bandKeys.length, "?"));
    Object[] args = new Object[bandKeys.length];
    for (int i = 0; i < bandKeys.length; i++) {
      args[i] = bandKeys[i];
    }
    return sql.list("find near-duplicates", rs -> new Candidate(rs.getLong(1), rs.getString(2)),
        "SELECT id, minhash FROM reports WHERE id IN (SELECT report_id FROM report_bands WHERE band_key IN ("
            + marks + ")) ORDER BY id LIMIT 1000", args);
  }

  /** A near-duplicate candidate. */
  public record Candidate(long id, String minhash) {}

  /**
   * Inserts a report (its id is ignored) with its near-duplicate lookup keys and makes it
   * searchable; returns the new id.
   */
  public long insert(StoredReport r, long[] bandKeys) {
    long id = sql.insert("store report " + r.origin(), "INSERT INTO reports (ext_id, content_hash, "
        + "minhash, near_dup_of, title, published, source, url, origin, text, ingested_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.extId(), r.contentHash(), r.minhash(), r.nearDupOf(), r.title(),
        r.published(), r.source(), r.url(), r.origin(), r.text(), Instant.now().toString());
    for (long key : bandKeys) {
      sql.update("store report bands", "INSERT INTO report_bands (band_key, report_id) VALUES (?, ?)", key, id);
    }
    sql.call("index report text", () -> {
      search.index(sql.c, id, r.title() == null ? "" : r.title(), r.text());
      return null;
    });
    return id;
  }

  public Optional<StoredReport> byId(long id) {
    return sql.one("read report", ReportStore::read, "SELECT " + COLUMNS + " FROM reports WHERE id = ?", id);
  }

  /** Reports with ids above {@code afterId}, in id order, at most {@code limit}: a page for re-extraction. */
  public List<StoredReport> after(long afterId, int limit) {
    return sql.list("read reports", ReportStore::read,
        "SELECT " + COLUMNS + " FROM reports WHERE id > ? ORDER BY id LIMIT ?", afterId, limit);
  }

  /** Reports whose text matches all words of {@code query}, best first. */
  public List<StoredReport> search(String query, int limit) {
    List<Long> ids = sql.call("search reports", () -> search.search(sql.c, query, limit));
    List<StoredReport> out = new ArrayList<>();
    for (long id : ids) {
      byId(id).ifPresent(out::add);
    }
    return out;
  }

  private static StoredReport read(ResultSet rs) throws SQLException {
    return new StoredReport(rs.getLong("id"), rs.getString("ext_id"), rs.getString("content_hash"),
        rs.getString("minhash"), Sql.longOrNull(rs, "near_dup_of"), rs.getString("title"),
        rs.getString("published"), rs.getString("source"), rs.getString("url"), rs.getString("origin"),
        rs.getString("text"));
  }
}
