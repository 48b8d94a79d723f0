package org.vigil.extract;

import java.util.Optional;

/** Target types, close to the Global Terrorism Database's list. */
public enum TargetType implements Labelled {
  MILITARY, POLICE, GOVERNMENT, PRIVATE_CITIZENS, RELIGIOUS, BUSINESS, EDUCATIONAL, TRANSPORTATION, JOURNALISTS, UTILITIES, TELECOMMUNICATION, NGO, DIPLOMATIC, NON_STATE_MILITIA, OTHER;

  /** The constant with this label, if any. */
  public static Optional<TargetType> fromLabel(String label) {
    return Labelled.fromLabel(TargetType.class, label);
  }
}
