package org.vigil.extract;

import java.util.Optional;

/**
 * Kinds of incident. The order of the attack types is the Global Terrorism Database's hierarchy:
 * when one incident has several, the earliest wins. Beyond terrorism, political violence has
 * strikes from the air ({@link #AIR_STRIKE}: aircraft, drones), {@link #SHELLING} (artillery,
 * rockets, missiles, mortars) and fighting between armed forces or groups ({@link #ARMED_CLASH});
 * the first two are explosions in the GTD's terms and rank with bombings, a clash ranks with an
 * armed assault.
 */
public enum IncidentType implements Labelled {
  ASSASSINATION, HIJACKING, KIDNAPPING, HOSTAGE_BARRICADE, BOMBING, AIR_STRIKE, SHELLING, ARMED_ASSAULT,
  ARMED_CLASH, UNARMED_ASSAULT, FACILITY_ATTACK, FOILED_PLOT, ARREST, OTHER_VIOLENCE;

  /** The constant with this label, if any. */
  public static Optional<IncidentType> fromLabel(String label) {
    return Labelled.fromLabel(IncidentType.class, label);
  }
}
