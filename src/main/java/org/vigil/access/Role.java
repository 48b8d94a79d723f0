package org.vigil.access;

import java.util.Locale;
import java.util.Optional;

/** What a user may do, each role including the one before it. */
public enum Role {
  /** Reads what the organisation's clearance allows. */
  READER,
  /** Also adds objects to collections the organisation may write, and reviews incidents. */
  ANALYST,
  /** Also deletes objects and reads the audit log. */
  ADMIN;

  /** The stored and displayed name: reader, analyst or admin. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this role includes {@code other}. */
  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Role> fromLabel(String s) {
    for (Role r : values()) {
      if (r.label().equalsIgnoreCase(s.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
