package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What is known of who did it: a group claimed it, officials attributed it, a group is suspected or denied it; none when no group is involved, unknown when nobody is named. */
public enum Claim {
  CLAIMED, ATTRIBUTED, SUSPECTED, DENIED, NONE, UNKNOWN;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<Claim> fromLabel(String label) {
    for (Claim v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
