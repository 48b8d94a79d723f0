package org.vigil.geo;

import java.util.List;

/**
 * The tail of a longer name the gazetteer does not hold ("Sahn al-Jin", "Badia al-Sham",
 * "Amiriyat al-Fallujah"): a longer name that the gazetteer holds is matched whole before its
 * tail is tried, so a tail reached on its own is part of an unknown name. Such a tail often names
 * the town the place belongs to ("al-Fallujah"), so it may stand for a place by that place's own
 * name, but not by another language's name or a spelling like it: "Jin" is not Tsu, Japan, and
 * "al-Sham" not Damascus. Stateless.
 */
final class LongerNames {

  private LongerNames() {}

  /**
   * Whether a mention starting at token {@code i} would be the tail of such a name: a word
   * ({@code W}) then an article hyphened to the next word ("W al-X"), the mention starting at
   * the article or right after it.
   */
  static boolean tailAt(String text, List<Token> tokens, int i) {
    return i >= 1 && articleJoins(text, tokens, i) && nameWord(text, tokens, i - 1)
        || i >= 2 && articleJoins(text, tokens, i - 1) && nameWord(text, tokens, i - 2);
  }

  /** Token {@code a} is an article ("al", "el", "ad") with a hyphen right after it. */
  private static boolean articleJoins(String text, List<Token> tokens, int a) {
    Token t = tokens.get(a);
    return a + 1 < tokens.size() && Names.ARTICLES.contains(t.norm()) && t.end() < text.length()
        && text.charAt(t.end()) == '-' && tokens.get(a + 1).start() == t.end() + 1;
  }

  /** Token {@code w} is a capitalised word of the same sentence, a single space or hyphen before the article ("Dar-ul-Aman"). */
  private static boolean nameWord(String text, List<Token> tokens, int w) {
    Token t = tokens.get(w);
    Token next = tokens.get(w + 1);
    return t.capitalised() && t.sentence() == next.sentence() && next.start() == t.end() + 1
        && (text.charAt(t.end()) == ' ' || text.charAt(t.end()) == '-') && !WordLists.FUNCTION_WORDS.contains(t.norm())
        && !Names.ARTICLES.contains(t.norm());
  }
}
