package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Whether an incident's own words say its device went off: "the device detonated while being
 * defused", "eight landmines detonated and six were defused", "one bomber detonated his vest
 * while the other was arrested", "the second drone struck a hangar". An attack whose device went
 * off was carried out, whatever else was intercepted or defused, and whatever it was intended to
 * hit. A detonation by those who made the device safe ("safely detonated", "detonated by the
 * bomb squad", "police detonated it") or inside a cue of failure or prevention ("failed to
 * detonate", "before it exploded") is no such word. Stateless; thread-safe.
 */
final class WentOff {

  /** Verbs that say a device went off by themselves ("went off" and "blew up" are read as two words). */
  private static final Set<String> DETONATED = WordSet.of("detonated", "exploded");
  /** What a weapon did when it reached its target: "the drone struck", "a rocket hit". */
  private static final Set<String> STRUCK = WordSet.of("struck", "hit", "slammed", "crashed");
  /** Words shortly before the verb that make the detonation a safe one ("safely detonated it"). */
  private static final Set<String> SAFE = WordSet.of("safely", "controlled", "deliberately");
  /** Those who make a device safe, as the verb's subject right before it ("police detonated it"; not "an army base"). */
  private static final Set<String> SAFE_AGENTS = WordSet.of("squad", "squads", "experts", "expert", "sappers",
      "technicians", "deminers", "police", "forces", "army", "soldiers", "troops", "authorities");
  /** Tokens before the verb searched for {@link #SAFE} words. */
  private static final int SAFE_BEFORE = 4;

  private WentOff() {}

  /** Whether a mention of {@code d} says that its device went off. */
  static boolean in(Doc doc, Draft d) {
    for (EventMention m : d.mentions) {
      for (int i = m.first; i < m.end; i++) {
        if (goesOff(doc, i) && !insideCue(doc, i) && !safe(doc, i, m.first)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean goesOff(Doc doc, int i) {
    String k = doc.key(i);
    String next = doc.key(i + 1);
    return DETONATED.contains(k) && !next.equals("by")
        || k.equals("went") && next.equals("off")
        || k.equals("blew") && (next.equals("up") || next.equals("himself") || next.equals("herself")
            || next.equals("themselves"))
        || STRUCK.contains(k) && !doc.cues(Math.max(0, i - 3), i, c -> c.category().equals("weapon")).isEmpty();
  }

  /** "failed to detonate", "before it exploded", "partially exploded": the verb belongs to a cue of failure. */
  private static boolean insideCue(Doc doc, int i) {
    for (Match<Cue> m : doc.cuesStartingIn(Math.max(0, i - 4), i + 1, c -> c.category().equals("cue"))) {
      if (m.endToken() > i) {
        return true;
      }
    }
    return false;
  }

  private static boolean safe(Doc doc, int i, int from) {
    if (SAFE_AGENTS.contains(doc.key(i - 1))) {
      return true;
    }
    for (int k = Math.max(from, i - SAFE_BEFORE); k < i; k++) {
      if (SAFE.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }
}
