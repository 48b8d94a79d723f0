package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How far an incident went. */
public enum Status {
  ACCOMPLISHED, ATTEMPTED, FOILED, THREATENED, PLANNED;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<Status> fromLabel(String label) {
    for (Status v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
