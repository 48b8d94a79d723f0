package org.vigil.extract;

import java.util.Optional;

/** What is known of who did it: a group claimed it, officials attributed it, a group is suspected or denied it; none when no group is involved, unknown when nobody is named. */
public enum Claim implements Labelled {
  CLAIMED, ATTRIBUTED, SUSPECTED, DENIED, NONE, UNKNOWN;

  /** The constant with this label, if any. */
  public static Optional<Claim> fromLabel(String label) {
    return Labelled.fromLabel(Claim.class, label);
  }
}
