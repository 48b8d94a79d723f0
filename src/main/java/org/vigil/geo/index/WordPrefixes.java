package org.vigil.geo.index;

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

  /**
   * The beginnings of the keys of all of {@code tables}: "san salvador" and "san salvador de
   * jujuy" of the latter key; nothing of "jujuy".
   */
  static WordPrefixes of(KeyTable... tables) {
    KeyScan.Hashes hashes = new KeyScan.Hashes();
    for (KeyTable t : tables) {
      if (!t.onHeap()) {
        return new WordPrefixes(null, 0);
      }
      t.forEachKey((buf, rec) -> KeyScan.hash(buf, rec, hashes, null));
    }
    return of(hashes);
  }

  /** The filter of the beginnings whose hashes a pass of {@link KeyScan#hash} gave {@code hashes}. */
  static WordPrefixes of(KeyScan.Hashes hashes) {
    int n = hashes.size();
    int wordBits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, n * BITS_PER_PREFIX / 64)));
    long[] filter = new long[1 << wordBits];
    int shift = 32 - wordBits;
    for (int i = 0; i < n; i++) {
      int h = hashes.get(i);
      filter[KeyTable.filterWord(h, shift)] |= KeyTable.filterBits(h);
    }
    return new WordPrefixes(filter, shift);
  }

  /** Beginnings of tables too large for the heap: every phrase may begin a key. */
  static WordPrefixes unknown() {
    return new WordPrefixes(null, 0);
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
