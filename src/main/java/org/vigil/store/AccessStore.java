package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Organisations, their AMBER partners, users and API keys. */
public final class AccessStore {

  private final Sql sql;

  AccessStore(Sql sql) {
    this.sql = sql;
  }

  /** Adds an organisation. @throws StoreException when the name is taken */
  public Organisation createOrganisation(String name) {
    new Organisation(0, name);
    long id = sql.insert("create organisation", "INSERT INTO organisations (name, created_at) VALUES (?, ?)",
        name, Instant.now().toString());
    return new Organisation(id, name);
  }

  public Optional<Organisation> findOrganisation(String name) {
    return sql.one("find organisation", rs -> new Organisation(rs.getLong(1), rs.getString(2)),
        "SELECT id, name FROM organisations WHERE name = ?", name);
  }

  public Optional<Organisation> findOrganisation(long id) {
    return sql.one("find organisation", rs -> new Organisation(rs.getLong(1), rs.getString(2)),
        "SELECT id, name FROM organisations WHERE id = ?", id);
  }

  public List<Organisation> organisations() {
    return sql.list("list organisations", rs -> new Organisation(rs.getLong(1), rs.getString(2)),
        "SELECT id, name FROM organisations ORDER BY name");
  }

  /** From now on {@code partner} may read {@code org}'s TLP:AMBER objects. Idempotent. */
  public void addPartner(long org, long partner) {
    if (org == partner) {
      throw new IllegalArgumentException("organisation " + org + " cannot be its own partner");
    }
    sql.update("remove partner", "DELETE FROM org_partners WHERE org_id = ? AND partner_id = ?", org, partner);
    sql.update("add partner", "INSERT INTO org_partners (org_id, partner_id) VALUES (?, ?)", org, partner);
  }

  /** The organisations {@code org} shares its AMBER objects with. */
  public List<Organisation> partners(long org) {
    return sql.list("list partners", rs -> new Organisation(rs.getLong(1), rs.getString(2)),
        "SELECT o.id, o.name FROM org_partners p JOIN organisations o ON o.id = p.partner_id "
            + "WHERE p.org_id = ? ORDER BY o.name", org);
  }

  /** Adds a user. @throws StoreException when the name is taken */
  public UserRow createUser(long orgId, String name, String role, @Nullable String passwordHash) {
    new UserRow(0, orgId, name, role, passwordHash);
    long id = sql.insert("create user", "INSERT INTO users (org_id, name, role, password_hash, created_at) "
        + "VALUES (?, ?, ?, ?, ?)", orgId, name, role, passwordHash, Instant.now().toString());
    return new UserRow(id, orgId, name, role, passwordHash);
  }

  public Optional<UserRow> findUser(String name) {
    return sql.one("find user", AccessStore::user,
        "SELECT id, org_id, name, role, password_hash FROM users WHERE name = ?", name);
  }

  public Optional<UserRow> findUser(long id) {
    return sql.one("find user", AccessStore::user,
        "SELECT id, org_id, name, role, password_hash FROM users WHERE id = ?", id);
  }

  public List<UserRow> users() {
    return sql.list("list users", AccessStore::user,
        "SELECT id, org_id, name, role, password_hash FROM users ORDER BY name");
  }

  /** Stores a key's prefix and hash. @throws StoreException when the prefix is taken */
  public ApiKeyRow addKey(long userId, String prefix, String keyHash) {
    String now = Instant.now().toString();
    long id = sql.insert("add API key", "INSERT INTO api_keys (user_id, prefix, key_hash, created_at) "
        + "VALUES (?, ?, ?, ?)", userId, prefix, keyHash, now);
    return new ApiKeyRow(id, userId, prefix, keyHash, now, null);
  }

  /** The key with this prefix, revoked or not. */
  public Optional<ApiKeyRow> findKey(String prefix) {
    return sql.one("find API key", rs -> new ApiKeyRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6)),
        "SELECT id, user_id, prefix, key_hash, created_at, revoked_at FROM api_keys WHERE prefix = ?", prefix);
  }

  /** Revokes the key with this prefix; false when there is none. */
  public boolean revokeKey(String prefix) {
    return sql.update("revoke API key", "UPDATE api_keys SET revoked_at = ? WHERE prefix = ? AND revoked_at IS NULL",
        Instant.now().toString(), prefix) > 0;
  }

  private static UserRow user(ResultSet rs) throws SQLException {
    return new UserRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }
}
