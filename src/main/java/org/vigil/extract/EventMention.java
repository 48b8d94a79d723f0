package org.vigil.extract;

import java.util.ArrayList;
import java.util.Collections;
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
  private final List<Match<Cue>> triggers = new ArrayList<>();
  private final List<Match<Cue>> triggersView = Collections.unmodifiableList(triggers);
  /**
   * {@link #head} and {@link #type}, worked out when first asked after the last trigger was
   * added: the rules ask them of every mention of a draft, again and again.
   */
  private Match<Cue> head;
  private IncidentType type;

  EventMention(int sentence, int first, int end, Match<Cue> trigger) {
    this.sentence = sentence;
    this.first = first;
    this.end = end;
    this.triggers.add(trigger);
  }

  /** The triggers, in text order; read-only ({@link #add} adds one). */
  List<Match<Cue>> triggers() {
    return triggersView;
  }

  /** Adds a trigger after the others. */
  void add(Match<Cue> trigger) {
    triggers.add(trigger);
    head = null;
    type = null;
  }

  /**
   * The trigger that names the mention: of its strong triggers, else of all, the one whose type
   * comes first in the GTD's hierarchy; the earliest of equals.
   */
  Match<Cue> head() {
    if (head == null) {
      Match<Cue> best = triggers.get(0);
      for (Match<Cue> m : triggers) {
        if (rank(m) < rank(best)) {
          best = m;
        }
      }
      head = best;
    }
    return head;
  }

  /** The incident type by the GTD's hierarchy over the strong triggers, else from the weak ones. */
  IncidentType type() {
    if (type == null) {
      type = readType();
    }
    return type;
  }

  private IncidentType readType() {
    IncidentType firstType = Clauses.typeOf(triggers.get(0).value());
    if (firstType == IncidentType.ARREST || firstType == IncidentType.FOILED_PLOT) {
      // "arrested eight militants who were assembling bombs": the bombs are the plot
      for (Match<Cue> t : triggers) {
        if (Clauses.typeOf(t.value()) == IncidentType.FOILED_PLOT) {
          return IncidentType.FOILED_PLOT;
        }
      }
      return IncidentType.ARREST;
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
    for (Match<Cue> m : triggers) {
      if (m.value().category().equals("trigger.strong")) {
        return true;
      }
    }
    return false;
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
