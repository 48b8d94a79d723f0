package org.vigil.extract;

import java.util.Optional;

/** Kinds of incident. The order of the attack types is the Global Terrorism Database's hierarchy: when one incident has several, the earliest wins. */
public enum IncidentType implements Labelled {
  ASSASSINATION, HIJACKING, KIDNAPPING, HOSTAGE_BARRICADE, BOMBING, ARMED_ASSAULT, UNARMED_ASSAULT, FACILITY_ATTACK, FOILED_PLOT, ARREST, OTHER_VIOLENCE;

  /** The constant with this label, if any. */
  public static Optional<IncidentType> fromLabel(String label) {
    return Labelled.fromLabel(IncidentType.class, label);
  }
}
