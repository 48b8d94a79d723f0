package org.vigil.extract;

import java.util.List;

/**
 * Refinements of an incident's type by the words of its clauses, once its triggers have named
 * it: a clash with protesters, rioters or a crowd is a riot (other violence), not armed forces
 * or groups fighting each other; an explosive-laden drone, boat or vehicle destroyed is a bombing
 * stopped, not an attack on a facility; an arson that killed or wounded people was an assault on
 * them. Thread-safe.
 */
final class TypeRules {

  private TypeRules() {}

  static IncidentType refine(Doc doc, List<int[]> clauses, IncidentType type) {
    if (type == IncidentType.ARMED_CLASH) {
      for (int[] r : clauses) {
        if (doc.has(r[0], r[1], "cue", "protest")) {
          return IncidentType.OTHER_VIOLENCE;
        }
      }
    }
    if (type == IncidentType.FACILITY_ATTACK && weaponDestroyed(doc, clauses)) {
      return IncidentType.BOMBING;
    }
    return type;
  }

  /**
   * "Gunmen stormed the village, shot two farmers and set fire to homes", "set fire to a
   * dormitory; three students were hurt": an attack on property that killed or wounded others than
   * its perpetrators was an armed assault on the people (the GTD codes it so; its facility
   * attacks are those aimed at property alone).
   */
  static IncidentType byHarm(IncidentType type, boolean harmedOthers) {
    return type == IncidentType.FACILITY_ATTACK && harmedOthers ? IncidentType.ARMED_ASSAULT : type;
  }

  /** Words after "destroyed" that may stand before the thing destroyed ("destroyed two explosives-laden boats"). */
  private static final int OBJECT_WORDS = 5;

  /**
   * "Air defences intercepted and destroyed an explosives-laden drone": what was destroyed is the
   * attackers' device, so the incident is the bombing it was meant to be.
   */
  private static boolean weaponDestroyed(Doc doc, List<int[]> clauses) {
    boolean destroyed = false;
    for (int[] r : clauses) {
      for (var t : doc.cues(r[0], r[1], c -> c.isTrigger() && c.label().equals("facility_attack"))) {
        if (!doc.key(t.endToken() - 1).equals("destroyed")) {
          return false; // burned, set fire to, sabotaged: an attack on a facility whatever else was destroyed
        }
        int to = Math.min(r[1], t.endToken() + OBJECT_WORDS);
        if (doc.cues(t.endToken(), to, c -> c.is("weapon", "explosives")).isEmpty()) {
          return false;
        }
        destroyed = true;
      }
    }
    return destroyed;
  }
}
