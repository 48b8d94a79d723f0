package org.vigil.extract;

import java.util.Locale;
import java.util.Optional;

/** The roles a candidate may fill in an incident, as the role model's labels. */
public enum RoleLabel {
  NONE, PERPETRATOR, TARGET, VICTIM, WEAPON, DETAINEE;

  /** The model's name for the label. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label with this name, if any. */
  public static Optional<RoleLabel> of(String label) {
    for (RoleLabel l : values()) {
      if (l.label().equals(label)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
