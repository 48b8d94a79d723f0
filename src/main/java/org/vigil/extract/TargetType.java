package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Target types, close to the Global Terrorism Database's list. */
public enum TargetType {
  MILITARY, POLICE, GOVERNMENT, PRIVATE_CITIZENS, RELIGIOUS, BUSINESS, EDUCATIONAL, TRANSPORTATION, JOURNALISTS, UTILITIES, NGO, DIPLOMATIC, NON_STATE_MILITIA, OTHER;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<TargetType> fromLabel(String label) {
    for (TargetType v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
