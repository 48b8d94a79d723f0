package org.vigil.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Words that begin or follow a person's name, which are that person's and not a place: a title
 * or given name before a capitalised word, a word before a middle initial, and a one-word name
 * the text also writes after a title (and a given name) anywhere else. Stateless.
 */
final class PersonNames {

  private PersonNames() {}

  /**
   * A one-word name that the text also writes after a title or given name ("Father Coro",
   * "Mr. Foster") is that person's everywhere in the text ("Giusseppe Coro protested").
   */
  static void drop(String text, List<Token> tokens, List<Mention> mentions, boolean allCaps) {
    Set<String> persons = new HashSet<>();
    boolean previous = false;
    for (int i = 1; i < tokens.size(); i++) {
      // "defense attorney Edward Hayden": the surname after the given name is the person's too
      boolean person = afterPersonCue(text, tokens, i, allCaps) || previous && !allCaps && nextWord(text, tokens, i);
      if (person) {
        persons.add(tokens.get(i).norm());
      }
      previous = person && tokens.get(i).capitalised(); // "a judge in Kabul": no name began at "in"
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

  /** A capitalised word right after the one before it, in its sentence, nothing but a space between. */
  private static boolean nextWord(String text, List<Token> tokens, int i) {
    Token before = tokens.get(i - 1);
    Token t = tokens.get(i);
    return t.capitalised() && before.sentence() == t.sentence() && text.substring(before.end(), t.start()).equals(" ");
  }

  /**
   * Offices written in lower case before a name ("defense attorney Edward Hayden", "suspected
   * bomber Dzhokhar Tsarnaev"); never adjectives ("a major road").
   */
  private static final Set<String> OFFICES = WordSet.of("attorney", "prosecutor", "judge", "president", "minister",
      "mayor", "senator", "ambassador", "commander", "colonel", "captain", "lieutenant", "sergeant", "professor",
      "archbishop", "bishop", "priest", "ayatollah", "mullah", "sheikh", "spokesman", "spokeswoman", "suspect",
      "bomber", "lawyer", "journalist");

  static boolean afterPersonCue(String text, List<Token> tokens, int i, boolean allCaps) {
    Token before = tokens.get(i - 1);
    return WordLists.PERSON_CUES.contains(before.norm()) && (allCaps || before.capitalised() || OFFICES.contains(before.norm()))
        && before.sentence() == tokens.get(i).sentence()
        && text.substring(before.end(), tokens.get(i).start()).replace(".", "").isBlank();
  }
}
