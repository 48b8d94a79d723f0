package org.vigil.access;

import java.util.Objects;
import org.vigil.store.Viewer;

/**
 * An authenticated user: who, of which organisation, with which role.
 *
 * @param rateKey what the rate limit counts against (the API key's prefix, or the user)
 */
public record Principal(long userId, String userName, long orgId, Role role, String rateKey) {

  public Principal {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rateKey, "rateKey");
  }

  /** Who this user reads the knowledge base as: their organisation. */
  public Viewer viewer() {
    return Viewer.of(orgId);
  }
}
