package org.vigil.extract;

import org.vigil.text.PhraseTrie.Match;

/**
 * Raids told as the way an arrest was made: "police arrested three men in a raid on a house" is
 * one arrest, not an arrest and an assault on the house; "gunmen kidnapped 20 people in a raid on a
 * village" is one kidnapping. Stateless.
 */
final class ArrestRaids {

  private ArrestRaids() {}

  /** Whether trigger {@code t} is a raid after "in" or "during" ("in a raid", "during raids"). */
  static boolean meansOf(Doc doc, Match<Cue> t) {
    int k = t.firstToken() - 1;
    if (doc.key(k).equals("a") || doc.key(k).equals("an") || doc.key(k).equals("the")) {
      k--;
    }
    return doc.key(t.firstToken()).startsWith("raid") && (doc.key(k).equals("in") || doc.key(k).equals("during"));
  }
}
