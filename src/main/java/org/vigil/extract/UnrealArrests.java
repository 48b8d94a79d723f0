package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Arrests that are only asked for or owed: "it is the government's duty to identify, arrest and
 * try the culprits", "police must arrest the killers", "called for the arrest of those
 * responsible". An arrest word that is the complement of "to", of a modal or of a demand tells
 * of no one detained. Stateless.
 */
final class UnrealArrests {

  private UnrealArrests() {}

  /** How many words back a "to" or modal may stand before the arrest word: "to identify, arrest and try". */
  private static final int LIST_WORDS = 6;

  private static final Set<String> MODALS = WordSet.of("to", "must", "should", "would", "could", "will", "shall",
      "ought", "can", "may", "might");
  private static final Set<String> DEMANDS = WordSet.of("called", "calls", "call", "calling", "demanded", "demands",
      "demand", "demanding", "urged", "urging", "sought", "seeking", "ordered", "wants", "wanted", "asked");

  /** True when every arrest word of the draft is asked for or owed, not told as done. */
  static boolean only(Doc doc, Draft d) {
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        if (Clauses.typeOf(t.value()) == IncidentType.ARREST && !unreal(doc, t.firstToken())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean unreal(Doc doc, int trigger) {
    int b = doc.key(trigger - 1).equals("the") ? trigger - 2 : trigger - 1;
    if (DEMANDS.contains(doc.key(b)) || doc.key(b).equals("for") && DEMANDS.contains(doc.key(b - 1))) {
      return true; // "demanded the arrest of", "called for (the) arrest of"
    }
    for (b = trigger - 1; b >= 0 && b >= trigger - LIST_WORDS; b--) {
      String k = doc.key(b);
      if (MODALS.contains(k)) {
        return true;
      }
      if (!k.equals(",") && !k.equals("and") && !k.equals("or") && !(doc.tokens.get(b).isWord() && verbLike(k))) {
        return false;
      }
    }
    return false;
  }

  /** A bare verb of a list before the arrest word ("identify", "find"), not a noun phrase's word. */
  private static boolean verbLike(String k) {
    return !Phrases.isFunctionWord(k) && !k.endsWith("ed") && !k.endsWith("s");
  }
}
