package org.vigil.geo.index;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The beginnings of two or more words of the keys of some {@link KeyTable}s ("san salvador" of
 * "san salvador de jujuy", whole keys of several words included), as a blocked Bloom filter on
 * the heap: when a phrase is not such a beginning, no key is that phrase or that phrase and more
 * words, so a finder trying ever longer phrases from one word can skip the longer ones without
 * probing the tables (most phrases tried are nobody's name). "No" is certain, "yes" may be wrong
 * (about one phrase in fifty). A few hundred kilobytes; immutable and thread-safe.
 */
final class WordPrefixes {

  /** Filter bits per beginning: with two bits set per beginning, about 1.5% of others pass. */
  private static final int BITS_PER_PREFIX = 16;

  /** Null when a table is too large for the heap: then every phrase may begin a key. */
  private final long @Nullable [] filter;
  private final int shift;

  private WordPrefixes(long @Nullable [] filter, int shift) {
    this.filter = filter;
    this.shift = shift;
  }

  /** The beginnings of the keys of all of {@code tables}. */
  static WordPrefixes of(KeyTable... tables) {
    int[][] hashes = {new int[1024]};
    int[] n = {0};
    for (KeyTable t : tables) {
      if (!t.onHeap()) {
        return new WordPrefixes(null, 0);
      }
      t.forEachWordPrefix(h -> {
        if (n[0] == hashes[0].length) {
          hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
        }
        hashes[0][n[0]++] = h;
      });
    }
    int wordBits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, n[0] * BITS_PER_PREFIX / 64)));
    long[] filter = new long[1 << wordBits];
    int shift = 32 - wordBits;
    for (int i = 0; i < n[0]; i++) {
      int h = hashes[0][i];
      filter[KeyTable.filterWord(h, shift)] |= KeyTable.filterBits(h);
    }
    return new WordPrefixes(filter, shift);
  }

  /**
   * False when no key of the tables is {@code words} or starts with {@code words} and a space;
   * true when one may be. Meant for phrases of two or more words.
   */
  boolean mayBegin(CharSequence words) {
    if (filter == null) {
      return true;
    }
    return mayBeginHashed(IndexFormat.storableHash(words));
  }

  /** {@link #mayBegin} of the phrase whose {@link IndexFormat#storableHash} is {@code h}. */
  boolean mayBeginHashed(long h) {
    if (filter == null) {
      return true;
    }
    if (h < 0) {
      return false; // no key holds what cannot be stored
    }
    long bits = KeyTable.filterBits((int) h);
    return (filter[KeyTable.filterWord((int) h, shift)] & bits) == bits;
  }
}
