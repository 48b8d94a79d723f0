package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Weapon types, close to the Global Terrorism Database's list. */
public enum WeaponType {
  EXPLOSIVES, FIREARMS, INCENDIARY, MELEE, VEHICLE, CHEMICAL, OTHER;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this label, if any. */
  public static Optional<WeaponType> fromLabel(String label) {
    for (WeaponType v : values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
