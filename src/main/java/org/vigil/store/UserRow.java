package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user as stored.
 *
 * @param role {@code reader}, {@code analyst} or {@code admin} (see {@code org.vigil.access.Role})
 * @param passwordHash PBKDF2 hash of the password, or null for a user who signs in with API
 *     keys only
 * @param disabledAt when an administrator revoked the user (ISO instant), or null: a disabled
 *     user signs in no more, by password or key
 * @param sessionEpoch grows each time the user or one of their keys is revoked; a web session
 *     started under an older epoch has ended
 */
public record UserRow(long id, long orgId, String name, String role, @Nullable String passwordHash,
    @Nullable String disabledAt, long sessionEpoch) {

  public UserRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank() || name.contains(":") || name.length() > 200) {
      throw new IllegalArgumentException("user name '" + name
          + "' must be 1 to 200 characters without ':' (HTTP Basic cannot carry one)");
    }
  }

  /** A new, active user. */
  public UserRow(long id, long orgId, String name, String role, @Nullable String passwordHash) {
    this(id, orgId, name, role, passwordHash, null, 0);
  }

  public boolean active() {
    return disabledAt == null;
  }
}
