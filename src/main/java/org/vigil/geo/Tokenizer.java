package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words in one pass: runs of letters, digits and combining marks, with an
 * apostrophe inside a word kept ("Ma'rib") unless it is a possessive: "Dhaka's" gives "Dhaka"
 * and a {@linkplain Token#possessive possessive} "s", which a name may join ("Lee's Summit").
 * Hyphens and other punctuation separate words. A
 * sentence ends at '.', '!' or '?' followed by white space, except after a one-letter or
 * common title abbreviation ("U.S.", "Mr.").
 */
final class Tokenizer {

  private Tokenizer() {}

  /**
   * The words of {@code text}. A word written again gets the same normalised string, already
   * hashed, and the same {@linkplain Token#form form number}, without being normalised again
   * ({@link WordNorms}): the finder looks every word up in several maps, and a text repeats most
   * of its words.
   */
  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5);
    WordNorms norms = new WordNorms(text);
    int n = text.length();
    int i = 0;
    int sentence = 0;
    int lastEnd = 0;
    // read as each character is passed, once: the gap since the last word holds a '.', '!' or '?',
    // then white space after one; the word holds a lower-case letter after its first; its hash
    boolean stop = false;
    boolean space = false;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if (c == '.' || c == '!' || c == '?') {
          stop = true;
        } else if (stop && Character.isWhitespace(c)) {
          space = true;
        }
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      boolean lower = false;
      for (char d = c; isWordChar(d) || isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
          && i > start && !isPossessive(text, i); d = i < n ? text.charAt(i) : ' ') {
        hash = 31 * hash + d;
        lower |= i > start && (d < 128 ? d >= 'a' && d <= 'z' : Character.isLowerCase(d));
        i++;
      }
      if (!out.isEmpty() && stop && space && endsSentence(out.get(out.size() - 1))) {
        sentence++;
      }
      boolean cap = Character.isUpperCase(text.charAt(start)) || elidedArticle(text, start, i);
      boolean upper = cap && !lower;
      boolean possessive = i == start + 1 && lastEnd == start - 1 && !out.isEmpty()
          && isApostrophe(text.charAt(lastEnd)) && isPossessive(text, lastEnd);
      int form = norms.of(start, i, hash);
      out.add(new Token(start, i, norms.norm(form), form, cap, upper, sentence, possessive));
      lastEnd = i;
      stop = false;
      space = false;
    }
    return out;
  }

  /** Whether a stop and white space after the word {@code previous} end its sentence: not after an abbreviation. */
  private static boolean endsSentence(Token previous) {
    String p = previous.norm();
    return !(p.length() == 1 || p.equals("mr") || p.equals("mrs") || p.equals("dr") || p.equals("st")
        || p.equals("gen") || p.equals("col") || p.equals("lt") || p.equals("sgt") || p.equals("no"));
  }

  /**
   * An elided article or preposition before a capitalised word ("d'Alene", "l'Aquila" as written
   * inside "Coeur d'Alene" or "Val d'Oise"): the word is a name's, capitalised though its first letter is not.
   */
  private static boolean elidedArticle(String text, int start, int end) {
    return end - start > 2 && isApostrophe(text.charAt(start + 1)) && Character.isUpperCase(text.charAt(start + 2));
  }

  /** "Dhaka's", "SALVADOR'S": the apostrophe and s are not part of the name. */
  private static boolean isPossessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    return s < text.length() && (text.charAt(s) == 's' || text.charAt(s) == 'S')
        && (s + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(s + 1)));
  }

  /**
   * Whether {@code text} holds a comma from {@code from} to {@code to}, both included: the gap
   * between two tokens, read without scanning the text beyond it.
   */
  static boolean commaBetween(String text, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (text.charAt(j) == ',') {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    if (c < 128) { // most characters: a letter or digit of ASCII, which has no combining mark
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʿ' || c == '‘';
  }

  /** Whether the text is set in capitals only (wire-service style), judged on its letters. */
  static boolean isAllCaps(List<Token> tokens) {
    int upper = 0;
    int words = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.norm().isEmpty() ? '0' : t.norm().charAt(0))) {
        words++;
        if (t.allUpper()) {
          upper++;
        }
      }
    }
    return words > 0 && upper >= 0.9 * words;
  }
}
