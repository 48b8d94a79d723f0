package org.vigil.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that begin or follow a person's name, which are that person's and not a place: a title
 * or given name before a capitalised word, a word before a middle initial, and a one-word name
 * the text also writes after a title anywhere else. Stateless.
 */
final class PersonNames {

  private PersonNames() {}

  /**
   * A one-word name that the text also writes after a title or given name ("Father Coro",
   * "Mr. Foster") is that person's everywhere in the text ("Giusseppe Coro protested").
   */
  static void drop(String text, List<Token> tokens, List<Mention> mentions, boolean allCaps) {
    Set<String> persons = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      if (afterPersonCue(text, tokens, i, allCaps)) {
        persons.add(tokens.get(i).norm());
      }
    }
    if (!persons.isEmpty()) {
      mentions.removeIf(m -> m.last() - m.first() == 1 && m.demonymOf() == null
          && persons.contains(tokens.get(m.first()).norm()));
    }
  }

  /**
   * A word that begins a person's name: a given name or title before another capitalised word
   * ("Mari Luz Fernandez"), or any word before a middle initial ("Chester J. McBride").
   */
  static boolean givenName(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (next == null || !next.capitalised() || next.sentence() != t.sentence() || !text.substring(t.end(), next.start()).isBlank()) {
      return false;
    }
    boolean initial = next.end() - next.start() == 1 && text.substring(next.end()).stripLeading().startsWith(".");
    return initial || WordLists.PERSON_CUES.contains(t.norm());
  }

  static boolean afterPersonCue(String text, List<Token> tokens, int i, boolean allCaps) {
    Token before = tokens.get(i - 1);
    return WordLists.PERSON_CUES.contains(before.norm()) && (allCaps || before.capitalised())
        && before.sentence() == tokens.get(i).sentence()
        && text.substring(before.end(), tokens.get(i).start()).replace(".", "").isBlank();
  }
}
