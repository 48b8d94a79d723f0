package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Weapons found rather than used: "officers found pipe bombs" is evidence of a plot, not a
 * bombing; but a bomb found and defused ("discovered and defused a grenade") was planted to go
 * off, so it is the bombing foiled, as "defused" alone tells. Stateless.
 */
final class Seizures {

  private static final Set<String> SEIZURE = WordSet.of("found", "seized", "recovered", "discovered",
      "confiscated", "cache", "stockpile", "haul");
  private static final Set<String> DEFUSED = WordSet.of("defused", "disarmed");

  private Seizures() {}

  /** Whether trigger {@code t} names weapons seized (a seizure word up to three words before it) and not defused. */
  static boolean seized(Doc doc, Match<Cue> t) {
    boolean seized = false;
    for (int i = Math.max(0, t.firstToken() - 3); i < t.endToken(); i++) {
      if (i < t.firstToken() && SEIZURE.contains(doc.key(i))) {
        seized = true;
      } else if (seized && DEFUSED.contains(doc.key(i))) {
        return false;
      }
    }
    return seized;
  }
}
