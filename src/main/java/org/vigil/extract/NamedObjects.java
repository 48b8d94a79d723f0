package org.vigil.extract;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Whether a weak attack verb hits something named: "assailants attacked the Goethe-Institut",
 * "attacked Orlu", "attacked Fulani herders". The name singles out a target (or a place) that
 * no lexicon lists, as a listed target ("a police station") does. Not read in a text in capitals,
 * where every word looks like a name. Stateless.
 */
final class NamedObjects {

  private static final Set<String> VERBS = WordSet.of("attacked", "raided");
  private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");

  private NamedObjects() {}

  /** Whether the token after {@code head}'s verb (past an article) is a word written with a capital. */
  static boolean after(Doc doc, int firstToken, int endToken) {
    if (doc.allCaps || endToken - firstToken != 1 || !VERBS.contains(doc.key(firstToken))) {
      return false;
    }
    int i = endToken;
    if (ARTICLES.contains(doc.key(i))) {
      i++;
    }
    if (i >= doc.tokens.size()) {
      return false;
    }
    String raw = doc.tokens.get(i).raw();
    return raw.length() > 1 && Character.isUpperCase(raw.charAt(0)) && raw.chars().anyMatch(Character::isLowerCase);
  }
}
