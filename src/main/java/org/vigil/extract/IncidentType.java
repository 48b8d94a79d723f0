package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Kinds of incident. The order of the attack types is the Global Terrorism Database's hierarchy: when one incident has several, the earliest wins. */
public enum IncidentType {
  ASSASSINATION, HIJACKING, KIDNAPPING, HOSTAGE_BARRICADE, BOMBING, ARMED_ASSAULT, UNARMED_ASSAULT, FACILITY_ATTACK, FOILED_PLOT, ARREST, OTHER_VIOLENCE;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<IncidentType> fromLabel(String label) {
    for (IncidentType v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
