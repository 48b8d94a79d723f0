package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Attacks whose victims fell into the attackers' hands: people beheaded ("five of the villagers
 * were beheaded") had been seized before they were killed, and soldiers who surrendered to the
 * attackers were taken captive. The GTD codes such attacks as hostage taking (kidnapping), which
 * ranks above an armed assault. Thread-safe.
 */
final class Captives {

  private static final Set<String> BEHEADING = WordSet.of("beheaded", "decapitated");
  private static final Set<String> SURRENDER = WordSet.of("surrendered", "surrender");
  /** Types an attack with captives takes over: assaults and violence of no more precise kind. */
  private static final Set<IncidentType> ASSAULTS = java.util.EnumSet.of(IncidentType.ARMED_ASSAULT,
      IncidentType.ARMED_CLASH, IncidentType.UNARMED_ASSAULT, IncidentType.OTHER_VIOLENCE);

  private Captives() {}

  /** {@link IncidentType#KIDNAPPING} when the assault told by these clauses took captives, else {@code type}. */
  static IncidentType refine(Doc doc, List<int[]> clauses, IncidentType type) {
    if (!ASSAULTS.contains(type)) {
      return type;
    }
    for (int[] r : clauses) {
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        if (BEHEADING.contains(k) || SURRENDER.contains(k) && victimsSurrendered(doc, r[0], i)) {
          return IncidentType.KIDNAPPING;
        }
      }
    }
    return type;
  }

  /**
   * "Thirty militia members surrendered to the assailants", "several soldiers surrendered": the
   * nearest of the attackers and their targets before the verb is a target, or the verb is
   * followed by "to" and the attackers. "The gunmen surrendered to the police" is the attackers'.
   */
  private static boolean victimsSurrendered(Doc doc, int from, int verb) {
    int to = doc.key(verb + 1).equals("to") ? verb + 2 : -1;
    if (to > 0 && (doc.key(to).equals("the") || doc.key(to).equals("their"))) {
      to++;
    }
    if (to > 0 && !doc.cues(to, to + 1, c -> c.is("perp", "individuals")).isEmpty()) {
      return true;
    }
    Match<Cue> nearest = null;
    for (Match<Cue> c : doc.cues(from, verb, c -> c.category().equals("target") || c.category().equals("agency"))) {
      nearest = c;
    }
    if (nearest == null || !doc.cues(nearest.firstToken(), verb, c -> c.category().equals("perp")).isEmpty()) {
      return false; // "the gunmen surrendered", "soldiers said the gunmen surrendered"
    }
    return to < 0 || !agencyAfter(doc, to);
  }

  /** "surrendered to the police": captives of the state, not of the attackers. */
  private static boolean agencyAfter(Doc doc, int to) {
    return !doc.cues(to, to + 2, c -> c.category().equals("agency")).isEmpty() || doc.coverage.inAgency(to, to + 1);
  }
}
