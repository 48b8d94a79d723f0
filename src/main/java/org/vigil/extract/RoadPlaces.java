package org.vigil.extract;

import java.util.Set;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Roads named as the place of an incident: "ambushed a convoy on the coastal highway", "at km 12 of
 * the northern road", "while he was on the Cali-Buga road". Such a road is where it happened, not
 * what was attacked; a road that was itself blocked, mined or blown up ("blew up the highway",
 * "attacks on roads") still is. Thread-safe.
 */
final class RoadPlaces {

  private RoadPlaces() {}

  /** Nouns of roads. */
  private static final Set<String> ROADS = WordSet.of("road", "roads", "highway", "highways", "street", "streets",
      "avenue", "route");
  /** Prepositions that place something on a road. */
  private static final Set<String> ON = WordSet.of("on", "at", "in", "along", "near");
  /** Words before "on" that make the road what was hit: "attacks on roads", "fired on the highway". */
  private static final Set<String> AIMED_ON = WordSet.of("attack", "attacks", "assault", "assaults", "fire", "fired",
      "rockets", "bombs", "raid", "raids");
  /** Function words that may stand inside the road's phrase: "km 12 of the northern road", "Belen de Umbria road". */
  private static final Set<String> INSIDE = WordSet.of("the", "a", "of", "de", "del", "la", "km", "kilometer",
      "kilometre", "middle", "stretch", "section", "-");
  /** Tokens back from the road word searched for the preposition. */
  private static final int LOOK_BACK = 8;

  /** Whether the target phrase at tokens {@code [first, end)}, ending in a road word, names where it happened. */
  static boolean where(Doc doc, int first, int end) {
    if (end <= first || !ROADS.contains(doc.key(end - 1))) {
      return false;
    }
    for (int i = first - 1; i >= 0 && i >= first - LOOK_BACK; i--) {
      String k = doc.key(i);
      if (ON.contains(k)) {
        return !AIMED_ON.contains(doc.key(i - 1));
      }
      Token t = doc.tokens.get(i);
      if (INSIDE.contains(k) || t.kind() == Token.Kind.NUMBER) {
        continue;
      }
      if (!t.isWord() || Phrases.isFunctionWord(k) || k.endsWith("ed") || doc.triggerStartsAt(i)) {
        return false; // another clause, or the verb whose object the road is: "blocked the road"
      }
    }
    return false;
  }
}
