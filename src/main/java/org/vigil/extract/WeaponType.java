package org.vigil.extract;

import java.util.Optional;

/** Weapon types, close to the Global Terrorism Database's list. */
public enum WeaponType implements Labelled {
  EXPLOSIVES, FIREARMS, INCENDIARY, MELEE, VEHICLE, CHEMICAL, OTHER;

  /** The constant with this label, if any. */
  public static Optional<WeaponType> fromLabel(String label) {
    return Labelled.fromLabel(WeaponType.class, label);
  }
}
