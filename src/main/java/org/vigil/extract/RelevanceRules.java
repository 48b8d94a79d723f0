package org.vigil.extract;

import java.util.List;
import java.util.Set;

/**
 * Facts of language that settle some candidates before any learned score: an arrest is an
 * incident only when it is an arrest of militants (a group, armed people, weapons, a plot, or an
 * attack in the same report), and an explosion or death that no one is said to have caused, in
 * a report that speaks of an accident, a disaster, a test or a hoax, is that event and not an
 * attack. Stateless.
 */
final class RelevanceRules {

  /** Cue labels that say violent words are something else: an accident, a disaster, a test, a denial. */
  private static final Set<String> MISHAP = Set.of("negation", "denial");

  private RelevanceRules() {}

  /** False when a fact of language says the candidate is no incident; {@code others} are the report's candidates. */
  static boolean plausible(Doc doc, Draft d, Incident i, List<Incident> others) {
    if (i.type() == IncidentType.ARREST && !militant(doc, d, i, others)) {
      return false; // "police arrested a former bank clerk over a fraud"
    }
    return actor(doc, i) || i.status() == Status.THREATENED || !mishap(doc); // a hoax threat is still a threat
  }

  /**
   * Someone is said to have done it: a group, described people, a state force, or a claim; not
   * words inside a denial ("no indication of a terrorist attack").
   */
  private static boolean actor(Doc doc, Incident i) {
    if (i.claim() != Claim.UNKNOWN && i.claim() != Claim.NONE) {
      return true;
    }
    return i.evidence().stream().anyMatch(e -> e.field().equals("perpetrators") && doc.cues.stream()
        .noneMatch(c -> c.value().category().equals("cue") && MISHAP.contains(c.value().label())
            && c.span().start() <= e.start() && e.end() <= c.span().end()));
  }

  private static boolean mishap(Doc doc) {
    return doc.cues.stream().anyMatch(c -> c.value().category().equals("cue") && MISHAP.contains(c.value().label()));
  }

  private static boolean militant(Doc doc, Draft d, Incident i, List<Incident> others) {
    if (i.perpetrators().stream().anyMatch(p -> p.group() != null) || !i.weapons().isEmpty()
        || doc.groups.stream().anyMatch(g -> g.entry() != null)) {
      return true;
    }
    for (int[] r : d.ranges(doc, true)) {
      if (doc.has(r[0], r[1], "cue", "armed") || doc.has(r[0], r[1], "cue", "plan")
          || doc.has(r[0], r[1], "cue", "plotnoun")) {
        return true;
      }
    }
    return others.stream().anyMatch(o -> !o.background() && o.type() != IncidentType.ARREST);
  }
}
