package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.Tlp;

/**
 * Organisations, their partners (with the most restricted TLP level each is shared), users and
 * API keys.
 */
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

  /**
   * From now on {@code partner} reads what {@code org} marks at most {@code ceiling} (GREEN or
   * AMBER), replacing any earlier ceiling.
   *
   * @throws IllegalArgumentException for an organisation partnered with itself, or a ceiling
   *     other than GREEN or AMBER (CLEAR goes to everyone anyway; AMBER+STRICT and RED never leave)
   */
  public void addPartner(long org, long partner, Tlp ceiling) {
    if (org == partner) {
      throw new IllegalArgumentException("organisation " + org + " cannot be its own partner");
    }
    if (ceiling != Tlp.GREEN && ceiling != Tlp.AMBER) {
      throw new IllegalArgumentException("a partnership shares up to green or amber, not " + ceiling.label()
          + " (CLEAR goes to everyone; AMBER+STRICT and RED never leave the organisation)");
    }
    removePartner(org, partner);
    sql.update("add partner", "INSERT INTO org_partners (org_id, partner_id, max_tlp) VALUES (?, ?, ?)", org, partner,
        ceiling.ordinal());
  }

  /** {@code partner} no longer reads what {@code org} shares with partners; false when it did not. */
  public boolean removePartner(long org, long partner) {
    return sql.update("remove partner", "DELETE FROM org_partners WHERE org_id = ? AND partner_id = ?", org,
        partner) > 0;
  }

  /** A partner of an organisation and the most restricted level shared with it. */
  public record Partner(Organisation organisation, Tlp ceiling) {}

  /** The organisations {@code org} shares with, by name. */
  public List<Partner> partners(long org) {
    return sql.list("list partners", rs -> new Partner(new Organisation(rs.getLong(1), rs.getString(2)),
        Tlp.values()[rs.getInt(3)]), "SELECT o.id, o.name, p.max_tlp FROM org_partners p "
            + "JOIN organisations o ON o.id = p.partner_id WHERE p.org_id = ? ORDER BY o.name", org);
  }

  /** Adds a user. @throws StoreException when the name is taken */
  public UserRow createUser(long orgId, String name, String role, @Nullable String passwordHash) {
    new UserRow(0, orgId, name, role, passwordHash);
    long id = sql.insert("create user", "INSERT INTO users (org_id, name, role, password_hash, created_at) "
        + "VALUES (?, ?, ?, ?, ?)", orgId, name, role, passwordHash, Instant.now().toString());
    return new UserRow(id, orgId, name, role, passwordHash);
  }

  public Optional<UserRow> findUser(String name) {
    return sql.one("find user", AccessStore::user, "SELECT " + USER + " FROM users WHERE name = ?", name);
  }

  public Optional<UserRow> findUser(long id) {
    return sql.one("find user", AccessStore::user, "SELECT " + USER + " FROM users WHERE id = ?", id);
  }

  public List<UserRow> users() {
    return sql.list("list users", AccessStore::user, "SELECT " + USER + " FROM users ORDER BY name");
  }

  /**
   * Disables a user (no more sign-ins, by password or key) and ends their web sessions; false when
   * there is no active user of that name.
   */
  public boolean disableUser(String name) {
    return sql.update("disable user", "UPDATE users SET disabled_at = ?, session_epoch = session_epoch + 1 "
        + "WHERE name = ? AND disabled_at IS NULL", Instant.now().toString(), name) > 0;
  }

  /**
   * Stores a key's prefix and hash.
   *
   * @param expiresAt when it stops working, or null for never
   * @throws StoreException when the prefix is taken
   */
  public ApiKeyRow addKey(long userId, String prefix, String keyHash, @Nullable Instant expiresAt) {
    String now = Instant.now().toString();
    String expires = expiresAt == null ? null : expiresAt.toString();
    long id = sql.insert("add API key", "INSERT INTO api_keys (user_id, prefix, key_hash, created_at, expires_at) "
        + "VALUES (?, ?, ?, ?, ?)", userId, prefix, keyHash, now, expires);
    return new ApiKeyRow(id, userId, prefix, keyHash, now, null, expires, null);
  }

  /** The key with this prefix, revoked or not. */
  public Optional<ApiKeyRow> findKey(String prefix) {
    return sql.one("find API key", AccessStore::key, "SELECT " + KEY + " FROM api_keys WHERE prefix = ?", prefix);
  }

  /** Every key, by user and creation. */
  public List<ApiKeyRow> keys() {
    return sql.list("list API keys", AccessStore::key, "SELECT " + KEY + " FROM api_keys ORDER BY user_id, id");
  }

  /** Records that a key authenticated a request at {@code now}; written at most once a minute. */
  public void keyUsed(String prefix, Instant now) {
    String minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    sql.update("record API key use", "UPDATE api_keys SET last_used_at = ? WHERE prefix = ? "
        + "AND (last_used_at IS NULL OR last_used_at < ?)", minute, prefix, minute);
  }

  /**
   * Revokes the key with this prefix and ends its user's web sessions; false when there is no
   * active key with that prefix.
   */
  public boolean revokeKey(String prefix) {
    boolean revoked = sql.update("revoke API key", "UPDATE api_keys SET revoked_at = ? WHERE prefix = ? "
        + "AND revoked_at IS NULL", Instant.now().toString(), prefix) > 0;
    if (revoked) {
      sql.update("end sessions", "UPDATE users SET session_epoch = session_epoch + 1 WHERE id = "
          + "(SELECT user_id FROM api_keys WHERE prefix = ?)", prefix);
    }
    return revoked;
  }

  private static final String USER = "id, org_id, name, role, password_hash, disabled_at, session_epoch";
  private static final String KEY = "id, user_id, prefix, key_hash, created_at, revoked_at, expires_at, last_used_at";

  private static UserRow user(ResultSet rs) throws SQLException {
    return new UserRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getLong(7));
  }

  private static ApiKeyRow key(ResultSet rs) throws SQLException {
    return new ApiKeyRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8));
  }
}
