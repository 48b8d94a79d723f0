package org.vigil.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A report's text in lower case (root locale), made when first asked, and where words first
 * occur in it: the role features ask for every person named whether the name was written
 * before, and a scan of the text for each was 2% of the engine. The positions of each pair of
 * letters are chained once per report, so that a search tries only the places where the words'
 * first two letters stand. Owned by one {@link Doc}; not thread-safe.
 */
final class LowerText {

  private static final int BUCKETS = 4096;

  private final String text;
  private String lower;
  /** The first position of each bucket of letter pairs, and the next of the same bucket; -1 ends a chain. */
  private int[] first;
  private int[] next;

  LowerText(String text) {
    this.text = text;
  }

  /** The whole text in lower case. */
  String text() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** {@code text().indexOf(words)}: where {@code words} first occur in the lower-case text, or -1. */
  int firstIndexOf(String words) {
    String s = text();
    if (words.length() < 2) {
      return s.indexOf(words);
    }
    if (first == null) {
      chain(s);
    }
    for (int p = first[bucket(words, 0)]; p >= 0; p = next[p]) {
      if (s.startsWith(words, p)) {
        return p;
      }
    }
    return -1;
  }

  private void chain(String s) {
    first = new int[BUCKETS];
    Arrays.fill(first, -1);
    next = new int[Math.max(0, s.length() - 1)];
    for (int p = s.length() - 2; p >= 0; p--) {
      int b = bucket(s, p);
      next[p] = first[b];
      first[b] = p;
    }
  }

  private static int bucket(String s, int at) {
    return (s.charAt(at) * 31 + s.charAt(at + 1)) & (BUCKETS - 1);
  }
}
