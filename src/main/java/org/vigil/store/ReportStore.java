package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored reports: lookup by content hash and by MinHash band (within one label: the same content
 * is one report per owner and marking), insert, full-text search. Reads for readers take a
 * {@link Viewer} and return only the reports it may read.
 */
public final class ReportStore {

  private static final String COLUMNS =
      "r.id, r.ext_id, r.content_hash, r.minhash, r.near_dup_of, r.title, r.published, r.source, r.url, r.origin, "
          + "r.text, r.owner_org, r.tlp";

  private final Sql sql;
  private final TextSearch search;

  ReportStore(Sql sql, TextSearch search) {
    this.sql = sql;
    this.search = search;
  }

  /** The report with this normalised-content hash and label. */
  public Optional<Long> idByHash(String contentHash, Ownership label) {
    Clause q = Clause.of("SELECT id FROM reports r WHERE content_hash = ? AND ", contentHash).then(same(label));
    return sql.one("find report by hash", rs -> rs.getLong(1), q.sql(), q.array());
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
   * Near-duplicate candidates with the same label: id and MinHash signature of the reports
   * sharing at least one band key, oldest first, at most 1000.
   */
  public List<Candidate> sharingBand(long[] bandKeys, Ownership label) {
    Object[] keys = new Object[bandKeys.length];
    for (int i = 0; i < bandKeys.length; i++) {
      keys[i] = bandKeys[i];
    }
    Clause q = Clause.of("SELECT id, minhash FROM reports r WHERE id IN (SELECT report_id FROM report_bands WHERE "
        + "band_key IN (" + Clause.marks(bandKeys.length) + ")) AND ", keys).then(same(label))
        .then(" ORDER BY id LIMIT 1000");
    return sql.list("find near-duplicates", rs -> new Candidate(rs.getLong(1), rs.getString(2)), q.sql(), q.array());
  }

  private static Clause same(Ownership label) {
    return label.ownerOrg() == null
        ? Clause.of("r.owner_org IS NULL AND r.tlp = ?", label.tlp().ordinal())
        : Clause.of("r.owner_org = ? AND r.tlp = ?", label.ownerOrg(), label.tlp().ordinal());
  }

  /** A near-duplicate candidate. */
  public record Candidate(long id, String minhash) {}

  /**
   * Inserts a report (its id is ignored) with its near-duplicate lookup keys and makes it
   * searchable; returns the new id.
   */
  public long insert(StoredReport r, long[] bandKeys) {
    long id = sql.insert("store report " + r.origin(), "INSERT INTO reports (ext_id, content_hash, "
        + "minhash, near_dup_of, title, published, source, url, origin, text, ingested_at, owner_org, tlp) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.extId(), r.contentHash(), r.minhash(), r.nearDupOf(), r.title(), r.published(), r.source(), r.url(),
        r.origin(), r.text(), Instant.now().toString(), r.ownership().ownerOrg(), r.ownership().tlp().ordinal());
    List<Object[]> bands = new ArrayList<>(bandKeys.length);
    for (long key : bandKeys) {
      bands.add(new Object[] {key, id});
    }
    sql.batch("store report bands", "INSERT INTO report_bands (band_key, report_id) VALUES (?, ?)", bands,
        i -> "band " + bandKeys[i] + " of report " + id);
    sql.call("index report text", () -> {
      search.index(sql.c, id, r.title() == null ? "" : r.title(), r.text());
      return null;
    });
    return id;
  }

  /** The report, if {@code viewer} may read it. */
  public Optional<StoredReport> byId(Viewer viewer, long id) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM reports r WHERE r.id = ? AND ", id)
        .then(Visibility.rows("r", viewer));
    return sql.one("read report", ReportStore::read, q.sql(), q.array());
  }

  /**
   * The labels of the reports {@code viewer} reads among {@code ids}, by id, in one query (per
   * 500 ids) without reading their texts; the others are missing.
   */
  public Map<Long, ReportLabel> labels(Viewer viewer, Collection<Long> ids) {
    Map<Long, ReportLabel> out = new HashMap<>();
    List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
      Clause q = Clause.of("SELECT r.id, r.ext_id, r.title, r.source, r.url, r.near_dup_of FROM reports r WHERE r.id IN ("
          + Clause.marks(part.size()) + ") AND ", part.toArray()).then(Visibility.rows("r", viewer));
      sql.list("read report labels", rs -> new ReportLabel(rs.getLong(1), rs.getString(2), rs.getString(3),
          rs.getString(4), rs.getString(5), Sql.longOrNull(rs, "near_dup_of")), q.sql(), q.array())
          .forEach(l -> out.put(l.id(), l));
    }
    return out;
  }

  /** The first report {@code viewer} reads with this external id (ids are not unique across feeds). */
  public Optional<StoredReport> byExtId(Viewer viewer, String extId) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM reports r WHERE r.ext_id = ? AND ", extId)
        .then(Visibility.rows("r", viewer)).then(" ORDER BY r.id LIMIT 1");
    return sql.one("read report", ReportStore::read, q.sql(), q.array());
  }

  /**
   * The reports {@code viewer} reads with ids above {@code afterId}, in id order, at most
   * {@code limit}: a page for re-extraction.
   */
  public List<StoredReport> after(Viewer viewer, long afterId, int limit) {
    Clause q = Clause.of("SELECT " + COLUMNS + " FROM reports r WHERE r.id > ? AND ", afterId)
        .then(Visibility.rows("r", viewer)).then(" ORDER BY r.id LIMIT ?", limit);
    return sql.list("read reports", ReportStore::read, q.sql(), q.array());
  }

  /** The reports {@code viewer} reads whose text matches all words of {@code query}, best first. */
  public List<StoredReport> search(Viewer viewer, String query, int limit) {
    List<Long> ids = sql.call("search reports", () -> search.search(sql.c, query, Visibility.rows("r", viewer), limit));
    return ids.stream().map(id -> byId(viewer, id)).flatMap(Optional::stream).toList();
  }

  private static StoredReport read(ResultSet rs) throws SQLException {
    return new StoredReport(rs.getLong("id"), rs.getString("ext_id"), rs.getString("content_hash"),
        rs.getString("minhash"), Sql.longOrNull(rs, "near_dup_of"), rs.getString("title"),
        rs.getString("published"), rs.getString("source"), rs.getString("url"), rs.getString("origin"),
        rs.getString("text"), Ownership.of(Sql.longOrNull(rs, "owner_org"), rs.getInt("tlp")));
  }
}
