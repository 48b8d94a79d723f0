package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The STIX objects of TAXII collections. Every read applies the reader's clearance in the SQL
 * that reads ({@link Clearance}); writes are checked by the caller against
 * {@link #versionsOf}, and take their {@code date_added} from {@link #clock}.
 */
public final class ObjectStore {

  private static final String COLUMNS = "a.seq, a.collection_id, a.stix_id, a.type, a.version, a.version_key, "
      + "a.spec_version, a.date_added, a.tlp, a.owner_org, a.created_by, a.json";

  private static final String INSERT = "INSERT INTO stix_objects (collection_id, stix_id, type, version, "
      + "version_key, spec_version, date_added, tlp, owner_org, created_by, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String FIND = "SELECT " + COLUMNS + " FROM stix_objects a WHERE ";
  private static final String FIND_ORDER = " ORDER BY a.date_added, a.seq LIMIT ?";

  private final Sql sql;

  ObjectStore(Sql sql) {
    this.sql = sql;
  }

  /**
   * Stores a version; false (and nothing changed) when the same organisation already added it
   * to the collection. Another organisation's copy is not looked at: whether it exists must not
   * show.
   */
  public boolean add(StoredObject o) {
    long n = sql.count("SELECT count(*) FROM stix_objects WHERE collection_id = ? AND owner_org = ? AND stix_id = ? "
        + "AND version_key = ? AND spec_version = ?", o.collectionId(), o.ownerOrg(), o.stixId(), o.versionKey(),
        o.specVersion());
    if (n > 0) {
      return false;
    }
    insert(o);
    return true;
  }

  /** Stores a version that the caller checked against {@link #versionsOf}. */
  public void insert(StoredObject o) {
    insertAll(List.of(o));
  }

  /**
   * Stores versions that the caller checked against {@link #versionsOf}, in JDBC batches. Call it
   * inside a transaction: when one is refused (such as the same version twice), the exception
   * names it, and rolling back stores none.
   */
  public void insertAll(List<StoredObject> objects) {
    sql.batch("store objects", INSERT, objects.stream().map(o -> new Object[] {o.collectionId(), o.stixId(),
        o.type(), o.version(), o.versionKey(), o.specVersion(), o.dateAdded(), o.tlp(), o.ownerOrg(), o.createdBy(),
        o.json()}).toList(), i -> objects.get(i).stixId() + " version " + objects.get(i).version());
  }

  /**
   * Every version of one object in a collection, whoever added it, oldest first: for checking a
   * write (who owns the object, whether this version is there), never to be shown to the writer.
   */
  public List<StoredObject> versionsOf(String collectionId, String stixId) {
    return sql.list("read versions", ObjectStore::read, "SELECT " + COLUMNS + " FROM stix_objects a "
        + "WHERE a.collection_id = ? AND a.stix_id = ? ORDER BY a.seq", collectionId, stixId);
  }

  /**
   * The clock that gives the versions of one batch their {@code date_added}. Locks the
   * collection's row until the transaction ends, so call it inside the batch's transaction.
   *
   * @throws StoreException when there is no such collection
   */
  public AddedClock clock(String collectionId) {
    if (sql.update("lock collection", "UPDATE collections SET max_tlp = max_tlp WHERE id = ?", collectionId) != 1) {
      throw new StoreException("lock collection", collectionId, new IllegalArgumentException("no such collection"));
    }
    return AddedClock.after(sql.one("read latest date_added", rs -> rs.getString(1),
        "SELECT date_added FROM stix_objects WHERE collection_id = ? ORDER BY date_added DESC LIMIT 1", collectionId)
        .orElse(null));
  }

  /** The versions the query selects that the viewer may see, by {@code date_added}, at most {@code limit}. */
  public List<StoredObject> find(ObjectQuery q) {
    Where w = where(q, sql.db.dialect() == Dialect.SQLITE);
    w.args.add(q.limit());
    return sql.list("read objects", ObjectStore::read, FIND + w.sql + FIND_ORDER, w.args.toArray());
  }

  /** How the database would run {@link #find}: its query plan, one line per step. */
  List<String> plan(ObjectQuery q) {
    Where w = where(q, sql.db.dialect() == Dialect.SQLITE);
    w.args.add(q.limit());
    return sql.plan(FIND + w.sql + FIND_ORDER, w.args.toArray());
  }

  /**
   * Deletes the versions the query selects that the viewer may see and its organisation added.
   *
   * @return how many the viewer could see, and how many of them were deleted
   */
  public int[] delete(ObjectQuery q) {
    Where w = where(q, sql.db.dialect() == Dialect.SQLITE);
    List<StoredObject> seen = sql.list("read objects", ObjectStore::read, "SELECT " + COLUMNS
        + " FROM stix_objects a WHERE " + w.sql, w.args.toArray());
    int deleted = 0;
    for (StoredObject o : seen) {
      if (o.ownerOrg() == q.viewerOrg()) {
        deleted += sql.update("delete object", "DELETE FROM stix_objects WHERE seq = ?", o.seq());
      }
    }
    return new int[] {seen.size(), deleted};
  }

  /**
   * Object versions, in every collection the viewer may read, whose JSON contains {@code text}
   * (case-insensitive) and, unless null, of {@code type}; under the same clearance as
   * {@link #find}. Newest first, at most {@code limit}.
   */
  public List<StoredObject> search(long viewerOrg, String text, @Nullable String type, int limit) {
    Clearance.Condition visible = Clearance.on("a", null, viewerOrg);
    String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
    List<Object> args = new ArrayList<>(visible.args());
    args.add(pattern);
    if (type != null) {
      args.add(type);
    }
    args.add(limit);
    return sql.list("search objects", ObjectStore::read, "SELECT " + COLUMNS + " FROM stix_objects a WHERE "
        + visible.sql() + " AND lower(a.json) LIKE ? ESCAPE '\\'" + (type == null ? "" : " AND a.type = ?")
        + " ORDER BY a.date_added DESC, a.seq DESC LIMIT ?", args.toArray());
  }

  /** Every version in a collection, whoever added it (export and administration). */
  public List<StoredObject> all(String collectionId) {
    return sql.list("read objects", ObjectStore::read, "SELECT " + COLUMNS + " FROM stix_objects a "
        + "WHERE a.collection_id = ? ORDER BY a.date_added, a.seq", collectionId);
  }

  /** Stores a status resource (JSON) posted by {@code orgId}. */
  public void putStatus(String id, String apiRoot, long orgId, String json, String at) {
    sql.update("remove status", "DELETE FROM taxii_status WHERE id = ?", id);
    sql.update("store status", "INSERT INTO taxii_status (id, api_root, org_id, json, created_at) "
        + "VALUES (?, ?, ?, ?, ?)", id, apiRoot, orgId, json, at);
  }

  /** A status resource, when {@code orgId} made the request it reports on. */
  public Optional<String> findStatus(String apiRoot, String id, long orgId) {
    return sql.one("read status", rs -> rs.getString(1),
        "SELECT json FROM taxii_status WHERE api_root = ? AND id = ? AND org_id = ?", apiRoot, id, orgId);
  }

  /** @param oneLookup whether {@link #versions} may write the default as one condition (SQLite) */
  private static Where where(ObjectQuery q, boolean oneLookup) {
    Where w = new Where();
    w.visible("a", q);
    if (!q.ids().isEmpty()) {
      w.in("a.stix_id", q.ids());
    }
    if (!q.types().isEmpty()) {
      w.in("a.type", q.types());
    }
    versions(w, q, oneLookup);
    if (q.addedAfter() != null) {
      w.add(" AND a.date_added > ?", q.addedAfter());
    }
    if (q.after() != null) {
      // the first bound alone lets the index on (collection_id, date_added, seq) start at the page
      w.add(" AND a.date_added >= ? AND (a.date_added > ? OR a.seq > ?)", q.after().dateAdded(),
          q.after().dateAdded(), q.after().seq());
    }
    return w;
  }

  /**
   * "The latest spec version" and "the last (first) version" among those the viewer may see:
   * no visible version of the object is later (earlier). The viewer sees this row, so it is
   * among them; written as NOT EXISTS, an object with one version costs one index lookup.
   */
  private static void versions(Where w, ObjectQuery q, boolean oneLookup) {
    List<String> versions = q.versions().isEmpty() ? List.of("last") : q.versions();
    if (oneLookup && q.specVersions().isEmpty() && versions.equals(List.of("last"))) {
      // what a reader asks for by default, the last version of the latest spec version: both
      // conditions below as one, so SQLite runs one subquery per row instead of two (a third
      // of a TAXII page's query). Not on PostgreSQL: given this one, its planner checked the
      // producers of identities with a sequential scan of every object.
      w.add(" AND NOT EXISTS (SELECT 1 FROM stix_objects b WHERE b.stix_id = a.stix_id "
          + "AND (b.spec_version, b.version_key) > (a.spec_version, a.version_key) AND ");
      w.visible("b", q);
      w.add(")");
      return;
    }
    if (q.specVersions().isEmpty()) {
      w.add(" AND NOT EXISTS (SELECT 1 FROM stix_objects b WHERE b.stix_id = a.stix_id "
          + "AND b.spec_version > a.spec_version AND ");
      w.visible("b", q);
      w.add(")");
    } else {
      w.in("a.spec_version", q.specVersions());
    }
    if (!versions.contains("all")) {
      w.add(" AND (1 = 0");
      for (String v : versions) {
        if (v.equals("last") || v.equals("first")) {
          // the latest (earliest) among the spec versions asked for, not one per spec version
          w.add(" OR NOT EXISTS (SELECT 1 FROM stix_objects b WHERE b.stix_id = a.stix_id AND b.version_key "
              + (v.equals("last") ? ">" : "<") + " a.version_key AND ");
          if (q.specVersions().isEmpty()) {
            w.add("b.spec_version = a.spec_version AND ");
          } else {
            w.inList("b.spec_version", q.specVersions());
            w.add(" AND ");
          }
          w.visible("b", q);
          w.add(")");
        } else {
          w.add(" OR a.version_key = ?", v);
        }
      }
      w.add(")");
    }
  }

  private static StoredObject read(ResultSet rs) throws SQLException {
    return new StoredObject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getLong(10), rs.getString(11),
        rs.getString(12));
  }

  /** A WHERE clause and its arguments, in order. */
  private static final class Where {
    final StringBuilder sqlText = new StringBuilder();
    final List<@Nullable Object> args = new ArrayList<>();
    String sql = "";

    void add(String fragment, Object... values) {
      sqlText.append(fragment);
      args.addAll(List.of(values));
      sql = sqlText.toString();
    }

    void visible(String alias, ObjectQuery q) {
      Clearance.Condition c = Clearance.on(alias, q.collectionId(), q.viewerOrg());
      add(c.sql(), c.args().toArray());
    }

    void in(String column, List<String> values) {
      add(" AND ");
      inList(column, values);
    }

    void inList(String column, List<String> values) {
      add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")", values.toArray());
    }
  }
}
