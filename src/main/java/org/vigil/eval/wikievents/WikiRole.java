package org.vigil.eval.wikievents;

import java.util.Optional;

/**
 * The document-level roles scored on WikiEvents, and the KAIROS arguments that fill them. An
 * attacker is the Attacker of an attack, the Killer of a death or the Injurer of an injury; a
 * place is the Place of an attack, a death or an injury; a target is the Target of an attack; a
 * victim is the Victim of a death or an injury; an instrument is the Instrument or ExplosiveDevice
 * of an attack; a detainee is the Detainee of an arrest.
 */
public enum WikiRole {
  ATTACKER("attacker"),
  PLACE("place"),
  TARGET("target"),
  VICTIM("victim"),
  INSTRUMENT("instrument"),
  DETAINEE("detainee");

  private final String label;

  WikiRole(String label) {
    this.label = label;
  }

  /** The name used in reports. */
  public String label() {
    return label;
  }

  /** The role an argument fills, from its event type ("Conflict.Attack.Unspecified") and KAIROS role. */
  public static Optional<WikiRole> of(String eventType, String argumentRole) {
    boolean attack = eventType.startsWith("Conflict.Attack");
    boolean harm = eventType.startsWith("Life.Die") || eventType.startsWith("Life.Injure");
    boolean arrest = eventType.startsWith("Justice.ArrestJailDetain");
    return Optional.ofNullable(switch (argumentRole) {
      case "Attacker" -> attack ? ATTACKER : null;
      case "Killer", "Injurer" -> harm ? ATTACKER : null;
      case "Place" -> attack || harm ? PLACE : null;
      case "Target" -> attack ? TARGET : null;
      case "Victim" -> harm ? VICTIM : null;
      case "Instrument", "ExplosiveDevice" -> attack ? INSTRUMENT : null;
      case "Detainee" -> arrest ? DETAINEE : null;
      default -> null;
    });
  }
}
