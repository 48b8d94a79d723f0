package org.vigil.text;

import java.util.Objects;

/**
 * A word, number or punctuation mark of a text.
 *
 * @param span offsets into the original text
 * @param raw the characters as written
 * @param key the matching form: folded to lower-case ASCII where possible, dots of
 *     acronyms removed ("U.S." becomes "us")
 * @param kind what the token is
 */
public record Token(Span span, String raw, String key, Kind kind) {

  /** What a token is. */
  public enum Kind { WORD, NUMBER, PUNCT }

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** True when the token starts with an upper-case letter. */
  public boolean capitalised() {
    return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
  }

  /** True when every letter of the token is upper-case and it has at least one. */
  public boolean allCaps() {
    boolean letter = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }
}
