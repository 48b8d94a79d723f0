package org.vigil.extract;

import java.util.List;

/**
 * Refinements of an incident's type by the words of its clauses, once its triggers have named
 * it: a clash with protesters, rioters or a crowd is a riot (other violence), not armed forces
 * or groups fighting each other. Thread-safe.
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
    return type;
  }
}
