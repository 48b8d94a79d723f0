package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How a count was stated: exactly, at least, more than, about, or up to the value. */
public enum Qualifier {
  EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<Qualifier> fromLabel(String label) {
    for (Qualifier v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
