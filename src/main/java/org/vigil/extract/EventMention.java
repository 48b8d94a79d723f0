package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.text.PhraseTrie.Match;

/**
 * Words in one sentence that speak of one incident: its triggers and the clause around them.
 * Mutable while clauses are being cut; owned by one extraction.
 */
final class EventMention {

  final int sentence;
  int first;
  int end;
  final List<Match<Cue>> triggers = new ArrayList<>();

  EventMention(int sentence, int first, int end, Match<Cue> trigger) {
    this.sentence = sentence;
    this.first = first;
    this.end = end;
    this.triggers.add(trigger);
  }

  Match<Cue> head() {
    Match<Cue> best = triggers.get(0);
    for (Match<Cue> m : triggers) {
      if (rank(m) < rank(best)) {
        best = m;
      }
    }
    return best;
  }

  /** The incident type by the GTD's hierarchy over the strong triggers, else from the weak ones. */
  IncidentType type() {
    IncidentType firstType = Clauses.typeOf(triggers.get(0).value());
    if (firstType == IncidentType.ARREST || firstType == IncidentType.FOILED_PLOT) {
      // "arrested eight militants who were assembling bombs": the bombs are the plot
      return triggers.stream().anyMatch(t -> Clauses.typeOf(t.value()) == IncidentType.FOILED_PLOT)
          ? IncidentType.FOILED_PLOT : IncidentType.ARREST;
    }
    IncidentType best = null;
    for (Match<Cue> m : triggers) {
      IncidentType t = Clauses.typeOf(m.value());
      if (t != null && m.value().category().equals("trigger.strong") && (best == null || overrides(t, best))) {
        best = t;
      }
    }
    if (best == null) {
      for (Match<Cue> m : triggers) {
        IncidentType t = Clauses.typeOf(m.value());
        if (t != null && (best == null || t.ordinal() < best.ordinal())) {
          best = t;
        }
      }
    }
    return best == null ? IncidentType.OTHER_VIOLENCE : best;
  }

  /**
   * The first strong trigger names the incident ("rioters threw petrol bombs" is a riot, "an
   * ambush ... a landmine" an ambush); only the GTD's top types, which define an incident
   * whatever else happened in it, take over from a later word.
   */
  static boolean overrides(IncidentType later, IncidentType first) {
    return later.ordinal() < first.ordinal() && TOP.contains(later);
  }

  private static final java.util.Set<IncidentType> TOP = java.util.EnumSet.of(IncidentType.ASSASSINATION,
      IncidentType.HIJACKING, IncidentType.KIDNAPPING, IncidentType.HOSTAGE_BARRICADE);

  boolean strong() {
    return triggers.stream().anyMatch(m -> m.value().category().equals("trigger.strong"));
  }

  boolean arrestFamily() {
    IncidentType t = type();
    return t == IncidentType.ARREST || t == IncidentType.FOILED_PLOT;
  }

  private static int rank(Match<Cue> m) {
    IncidentType t = Clauses.typeOf(m.value());
    int base = t == null ? 50 : t.ordinal();
    return m.value().category().equals("trigger.strong") ? base : base + 100;
  }
}
