package org.vigil.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, keeping offsets. Hyphens and apostrophes
 * are tokens of their own so that "al-Shabaab" and "al Shabaab" match the same name; dots
 * inside acronyms ("U.S.") and digit groups ("1,200", "3.5") stay inside their token.
 * Stateless and thread-safe.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text} between {@code from} and {@code to}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < to && (Character.isDigit(text.charAt(j))
            || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < to
                && Character.isDigit(text.charAt(j + 1))))) {
          j++;
        }
        // "12th", "1990s": a number with a suffix stays one token
        while (j < to && Character.isLetter(text.charAt(j))) {
          j++;
        }
        out.add(token(text, i, j, Token.Kind.NUMBER));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (d == '.' && j + 1 < to && Character.isLetter(text.charAt(j + 1))
              && j - i == 1 && j + 2 < to && text.charAt(j + 2) == '.') {
            j += 2; // U.S. / U.N.: letter-dot pairs
          } else {
            break;
          }
        }
        // keep the final dot of an acronym like "U.S." in the token
        if (j + 1 <= to && j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
          j++;
        }
        out.add(token(text, i, j, Token.Kind.WORD));
        i = j;
      } else {
        out.add(token(text, i, i + 1, Token.Kind.PUNCT));
        i++;
      }
    }
    return out;
  }

  private static Token token(String text, int start, int end, Token.Kind kind) {
    String raw = text.substring(start, end);
    String key = kind == Token.Kind.NUMBER ? raw.replace(",", "") : kind == Token.Kind.PUNCT ? raw : Fold.key(raw);
    if (kind == Token.Kind.PUNCT) {
      key = switch (key) {
        case "\u2019", "\u2018", "\u02bc", "`" -> "'";
        case "\u2010", "\u2011", "\u2013", "\u2014" -> "-";
        case "\u201c", "\u201d" -> "\"";
        default -> key;
      };
    }
    return new Token(new Span(start, end), raw, key, kind);
  }
}
