package org.vigil.extract;

import java.util.Optional;

/** How a count was stated: exactly, at least, more than, about, or up to the value. */
public enum Qualifier implements Labelled {
  EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO;

  /** The constant with this label, if any. */
  public static Optional<Qualifier> fromLabel(String label) {
    return Labelled.fromLabel(Qualifier.class, label);
  }
}
