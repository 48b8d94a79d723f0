package org.vigil.extract;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * What people who attacked wore, said right after them: "men wearing military uniforms",
 * "individuals dressed in civilian clothes". It is part of their description, the one thing a
 * witness tells of unknown attackers. Stateless; thread-safe.
 */
final class Attire {

  /** Words of clothing a description ends with. */
  private static final Set<String> CLOTHES = WordSet.of("uniforms", "uniform", "clothes", "clothing", "fatigues",
      "hoods", "masks");
  /** Words that open what people wore. */
  private static final Set<String> WEARING = WordSet.of("wearing", "dressed", "clad");
  /** Words the clothing's phrase may hold at most, "wearing" included. */
  static final int MAX_WORDS = 6;

  private Attire() {}

  /**
   * The end of the phrase of what the people ending before token {@code end} wore, within tokens
   * before {@code to}; {@code end} itself when no such phrase follows them.
   */
  static int end(Doc doc, int end, int to) {
    if (end >= to || !WEARING.contains(doc.key(end))) {
      return end;
    }
    for (int k = end + 1; k < Math.min(to, end + MAX_WORDS); k++) {
      if (CLOTHES.contains(doc.key(k))) {
        return k + 1;
      }
      if (!doc.tokens.get(k).isWord() && !doc.key(k).equals("-")) {
        break;
      }
    }
    return end;
  }
}
