package org.vigil.eval.muc4;

import java.util.Optional;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Status;
import org.vigil.extract.WeaponType;

/**
 * Vigil's incident types and statuses in MUC-4's set lists. MUC-4 has no murder or assassination
 * type (they are ATTACK), counts hostage-taking as KIDNAPPING, and has no arrest: an arrest is
 * not a MUC incident. A foiled plot is an ATTEMPTED incident, a bombing if explosives were
 * involved. Violence of no known kind is an ATTACK, MUC-4's type for terrorist acts of no other
 * category, when {@link UnnamedActs} finds a subnational actor and an act. Stateless.
 */
public final class MucTypes {

  private MucTypes() {}

  /**
   * The MUC-4 incident type of a Vigil incident; empty for arrests, which MUC does not code, and for
   * armed attacks on armed forces alone ({@link MilitaryTargets}), which it counts as guerrilla
   * warfare (the keys still code bombings of soldiers or of an air base as terrorism).
   */
  public static Optional<String> type(Incident i) {
    Optional<String> kind = kind(i);
    return kind.filter(k -> !k.equals("ATTACK") || !MilitaryTargets.only(i));
  }

  private static Optional<String> kind(Incident i) {
    IncidentType t = i.type();
    return switch (t) {
      case ARREST -> Optional.empty();
      case BOMBING -> Optional.of("BOMBING");
      case KIDNAPPING, HOSTAGE_BARRICADE -> Optional.of("KIDNAPPING");
      case HIJACKING -> Optional.of("HIJACKING");
      case FACILITY_ATTACK -> Optional.of(has(i, WeaponType.INCENDIARY) ? "ARSON" : "ATTACK");
      case FOILED_PLOT -> Optional.of(has(i, WeaponType.EXPLOSIVES) ? "BOMBING" : "ATTACK");
      // the keys code an air force's bombing of a village and a mortar attack as ATTACK
      case ASSASSINATION, ARMED_ASSAULT, UNARMED_ASSAULT, AIR_STRIKE, SHELLING -> Optional.of("ATTACK");
      // clashes between armed forces and guerrillas are not terrorist incidents in MUC-4, unless they
      // harmed civilians or their property ("the incident becomes relevant", says its task definition)
      case ARMED_CLASH -> MilitaryTargets.civilianHit(i) ? Optional.of("ATTACK") : Optional.empty();
      case OTHER_VIOLENCE -> UnnamedActs.attack(i) ? Optional.of("ATTACK") : Optional.empty();
    };
  }

  /** The MUC-4 stage of execution of a Vigil status. */
  public static String stage(Status s) {
    return switch (s) {
      case ACCOMPLISHED -> "ACCOMPLISHED";
      case ATTEMPTED, FOILED -> "ATTEMPTED";
      case THREATENED, PLANNED -> "THREATENED";
    };
  }

  private static boolean has(Incident i, WeaponType w) {
    return i.weapons().stream().anyMatch(x -> x.type() == w);
  }
}
