package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * A victim's own dwelling or office named as where he came from or went to ("shot as he was
 * leaving his home", "kidnapped from her house", "on his way between his home and office",
 * "when he arrived at his residence") says where the attack found him, not what was attacked.
 * Stateless.
 */
final class Whereabouts {

  /** Places a person lives or works in. */
  private static final Set<String> DWELLINGS = WordSet.of("home", "homes", "house", "houses", "residence",
      "residences", "office", "offices", "apartment", "farm");
  /** Words of going in, out or between, right before the owner's word. */
  private static final Set<String> PASSING = WordSet.of("leaving", "left", "leave", "entering", "entered", "enter",
      "from", "between", "toward", "towards", "reaching", "reached");
  /** Verbs of going that take "to" or "at" before the place: "returning to his home", "arrived at her house". */
  private static final Set<String> GOING = WordSet.of("returning", "returned", "return", "went", "going", "go",
      "arrived", "arriving", "arrive", "came", "coming", "walking", "driving", "heading", "headed");
  private static final Set<String> OWNERS = WordSet.of("his", "her", "their");

  private Whereabouts() {}

  /** True when the target cue {@code c} is an owner's dwelling he was passing in or out of. */
  static boolean passing(Doc doc, Match<Cue> c) {
    if (!DWELLINGS.contains(doc.key(c.endToken() - 1))) {
      return false;
    }
    int owner = c.firstToken() - 1;
    while (owner > 0 && owner > c.firstToken() - 3 && !OWNERS.contains(doc.key(owner))
        && doc.tokens.get(owner).isWord() && !Phrases.isFunctionWord(doc.key(owner))) {
      owner--; // "his new home", "her private residence"
    }
    if (!OWNERS.contains(doc.key(owner))) {
      return false;
    }
    String before = doc.key(owner - 1);
    return PASSING.contains(before)
        || (before.equals("to") || before.equals("at")) && GOING.contains(doc.key(owner - 2));
  }
}
