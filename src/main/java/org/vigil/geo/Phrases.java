package org.vigil.geo;

import java.util.Arrays;
import java.util.List;
import org.vigil.geo.index.IndexFormat;

/**
 * The phrases of one to {@link MentionFinder#MAX_NAME_TOKENS} words that start at one token of a
 * text, as normalised words joined by single spaces, a {@linkplain Token#possessive possessive}
 * s joined to its word without one ("lees summit", as the gazetteer keys "Lee's Summit"). Each
 * phrase's string is made only when a look-up asks for it, into one buffer kept for the text:
 * most phrases the finder could try are never looked up. One instance per text, moved from token to token; not thread-safe.
 */
final class Phrases {

  private final List<Token> tokens;
  private final StringBuilder buffer = new StringBuilder(64);
  private final String[] made = new String[MentionFinder.MAX_NAME_TOKENS];
  /** The hash states of the phrases of one word and more, as far as {@link #hashed}. */
  private final long[] states = new long[MentionFinder.MAX_NAME_TOKENS];
  private int hashed;
  /**
   * By {@linkplain Token#form form number}: the hash state of the word alone, 0 until asked (no
   * state is 0: it holds the length above 32 bits, and the empty word's is the start's). A word
   * starts the phrases of each token it is written at, and a text repeats its words.
   */
  private final long[] firstWords;
  private int first;
  private int reach;

  Phrases(List<Token> tokens) {
    this.tokens = tokens;
    this.firstWords = new long[tokens.size()];
  }

  /** Moves to the phrases starting at token {@code first} and ending before {@code first + reach}. */
  void moveTo(int first, int reach) {
    if (reach > made.length) {
      throw new IllegalArgumentException("reach " + reach + " exceeds " + made.length + " words");
    }
    Arrays.fill(made, 0, this.reach, null);
    this.first = first;
    this.reach = reach;
    this.hashed = 0;
  }

  /** The most words of a phrase here. */
  int reach() {
    return reach;
  }

  /** The token the phrases start with. */
  Token firstToken() {
    if (reach < 1) {
      throw new IndexOutOfBoundsException("no phrase at token " + first + ": reach is 0 words");
    }
    return tokens.get(first);
  }

  /** Whether the phrase of the first {@code words} tokens is one word: "Kabul" or "Kabul's". */
  boolean oneWord(int words) {
    return words == 1 || words == 2 && tokens.get(first + 1).possessive();
  }

  /** The phrase of the first {@code words} tokens, 1 to {@link #reach}. */
  String of(int words) {
    if (words < 1 || words > reach) {
      throw new IndexOutOfBoundsException("phrase of " + words + " words, expected 1 to " + reach);
    }
    String phrase = made[words - 1];
    if (phrase == null) {
      phrase = words == 1 ? tokens.get(first).norm() : joined(words); // the token's own string keeps its hash
      made[words - 1] = phrase;
    }
    return phrase;
  }

  /**
   * {@code IndexFormat.storableHash} of {@link #of}{@code (words)}, without its string: each
   * longer phrase continues the hash of the shorter one (a space and one more word), so each
   * character is hashed once for all the phrases here.
   */
  long keyHash(int words) {
    if (words < 1 || words > reach) {
      throw new IndexOutOfBoundsException("phrase of " + words + " words, expected 1 to " + reach);
    }
    if (hashed == 0) {
      Token t = tokens.get(first);
      if (firstWords[t.form()] == 0) {
        firstWords[t.form()] = IndexFormat.hashWord(IndexFormat.hashStart(), t.norm());
      }
      states[hashed++] = firstWords[t.form()];
    }
    while (hashed < words) {
      Token t = tokens.get(first + hashed);
      long h = t.possessive() ? states[hashed - 1] : IndexFormat.hashStep(states[hashed - 1], ' ');
      states[hashed++] = IndexFormat.hashWord(h, t.norm());
    }
    return IndexFormat.hashEnd(states[words - 1]);
  }

  /**
   * Writes the phrase of the first {@code words} tokens into {@code out}, replacing what it
   * held: {@link #of} without a string, for a look-up that most phrases fail on the heap.
   */
  void write(int words, Letters out) {
    if (words < 1 || words > reach) {
      throw new IndexOutOfBoundsException("phrase of " + words + " words, expected 1 to " + reach);
    }
    out.clear();
    for (int k = 0; k < words; k++) {
      Token t = tokens.get(first + k);
      if (k > 0 && !t.possessive()) {
        out.append(' ');
      }
      String norm = t.norm();
      for (int c = 0; c < norm.length(); c++) {
        out.append(norm.charAt(c));
      }
    }
  }

  private String joined(int words) {
    buffer.setLength(0);
    for (int k = 0; k < words; k++) {
      Token t = tokens.get(first + k);
      if (k > 0 && !t.possessive()) {
        buffer.append(' ');
      }
      buffer.append(t.norm());
    }
    return buffer.toString();
  }
}
