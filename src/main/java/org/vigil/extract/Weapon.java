package org.vigil.extract;

/**
 * A weapon used, with its type and the words.
 *
 * @param implied true when the text names no weapon and the type follows from the kind of
 *     attack (a bombing uses explosives); {@code text} is then the words of the attack
 */
public record Weapon(WeaponType type, String text, boolean implied) {

  public Weapon {
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(text, "text");
  }

  /**
   * Whether the words name explosives thrown or fired at a target (grenades, rockets, mortars,
   * shells), which the GTD counts, used with firearms, as weapons of an armed assault.
   */
  public boolean projectile() {
    return type == WeaponType.EXPLOSIVES && MixedArms.projectile(this);
  }
}
