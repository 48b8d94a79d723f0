package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * TAXII API roots and collections with their sharing policy. An organisation sees a collection
 * only when it has an access row for it, even one that allows neither reading nor writing.
 */
public final class CollectionStore {

  private static final String COLUMNS = "c.id, c.api_root, c.title, c.description, c.alias, c.media_types, "
      + "c.max_tlp, c.default_tlp, a.can_read, a.can_write";

  private final Sql sql;

  CollectionStore(Sql sql) {
    this.sql = sql;
  }

  /** Adds or replaces an API root. */
  public void putApiRoot(ApiRootRow r) {
    sql.update("remove API root", "DELETE FROM api_roots WHERE name = ?", r.name());
    sql.update("add API root", "INSERT INTO api_roots (name, title, description, max_content_length) "
        + "VALUES (?, ?, ?, ?)", r.name(), r.title(), r.description(), r.maxContentLength());
  }

  public List<ApiRootRow> apiRoots() {
    return sql.list("list API roots", CollectionStore::root,
        "SELECT name, title, description, max_content_length FROM api_roots ORDER BY name");
  }

  public Optional<ApiRootRow> apiRoot(String name) {
    return sql.one("find API root", CollectionStore::root,
        "SELECT name, title, description, max_content_length FROM api_roots WHERE name = ?", name);
  }

  /** Adds a collection (its access flags are ignored: see {@link #grant}). */
  public void addCollection(CollectionRow c) {
    sql.update("add collection", "INSERT INTO collections (id, api_root, title, description, alias, media_types, "
        + "max_tlp, default_tlp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.apiRoot(), c.title(), c.description(),
        c.alias(), String.join(" ", c.mediaTypes()), c.maxTlp(), c.defaultTlp());
  }

  /** Sets what {@code orgId} may do with a collection, replacing what it could before. */
  public void grant(String collectionId, long orgId, boolean read, boolean write) {
    sql.update("revoke access", "DELETE FROM collection_access WHERE collection_id = ? AND org_id = ?",
        collectionId, orgId);
    sql.update("grant access", "INSERT INTO collection_access (collection_id, org_id, can_read, can_write) "
        + "VALUES (?, ?, ?, ?)", collectionId, orgId, read, write);
  }

  /** The collections of an API root that {@code orgId} has access rows for. */
  public List<CollectionRow> visible(String apiRoot, long orgId) {
    return sql.list("list collections", CollectionStore::collection, "SELECT " + COLUMNS
        + " FROM collections c JOIN collection_access a ON a.collection_id = c.id AND a.org_id = ? "
        + "WHERE c.api_root = ? ORDER BY c.id", orgId, apiRoot);
  }

  /** The collection as {@code orgId} sees it; empty when it does not exist for it. */
  public Optional<CollectionRow> find(String apiRoot, String id, long orgId) {
    return sql.one("find collection", CollectionStore::collection, "SELECT " + COLUMNS
        + " FROM collections c JOIN collection_access a ON a.collection_id = c.id AND a.org_id = ? "
        + "WHERE c.api_root = ? AND c.id = ?", orgId, apiRoot, id);
  }

  /** Every collection, with no access (for administration). */
  public List<CollectionRow> all() {
    return sql.list("list collections", rs -> new CollectionRow(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), split(rs.getString(6)), rs.getInt(7), rs.getInt(8), false,
        false), "SELECT id, api_root, title, description, alias, media_types, max_tlp, default_tlp FROM collections "
        + "ORDER BY api_root, id");
  }

  private static ApiRootRow root(ResultSet rs) throws SQLException {
    return new ApiRootRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
  }

  private static CollectionRow collection(ResultSet rs) throws SQLException {
    return new CollectionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), split(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9) == 1, rs.getInt(10) == 1);
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
  }
}
