package org.vigil.leaks;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Role;

/**
 * Who makes a request in the leak suite: a user of an organisation with a role, a user whose key
 * and account were revoked, or nobody.
 *
 * @param org the user's organisation, null for nobody
 */
record Identity(String name, @Nullable String org, Role role, boolean revoked) {

  static final Identity NONE = new Identity("none", null, Role.READER, false);

  static final List<Identity> ALL = List.of(
      new Identity("alpha-reader", World.ALPHA, Role.READER, false),
      new Identity("alpha-analyst", World.ALPHA, Role.ANALYST, false),
      new Identity("alpha-admin", World.ALPHA, Role.ADMIN, false),
      new Identity("partner", World.PARTNER, Role.ANALYST, false),
      new Identity("greenpartner", World.GREEN_PARTNER, Role.READER, false),
      new Identity("stranger", World.STRANGER, Role.ANALYST, false),
      new Identity("revoked", World.ALPHA, Role.ANALYST, true),
      NONE);

  /** The organisation whose records it reads: none for nobody and for a revoked user. */
  @Nullable String reads() {
    return revoked ? null : org;
  }

  boolean signedIn() {
    return org != null && !revoked;
  }

  String password() {
    return "leak suite password of " + name;
  }

  @Override
  public String toString() {
    return name;
  }
}
