package org.vigil.geo;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of a few thousand strings asked about character sequences that are almost never in it
 * (a phrase's skeleton, written into a reused buffer): the sequence is hashed as
 * {@link String#hashCode} would, a bit per hash in a small filter turns away nearly all, and the
 * sorted hashes settle the rest. "No" is certain; "yes" means a string of that hash code is in
 * the set, which the caller confirms with a real look-up. Immutable and thread-safe.
 */
final class KeyHashes {

  /** Filter bits: 64 Ki, 8 KB, which stays in the cache; a set of 1,000 strings sets under 2%. */
  private static final int FILTER_BITS = 16;

  private final long[] filter = new long[(1 << FILTER_BITS) / 64];
  private final int[] sorted;

  private KeyHashes(int[] sorted) {
    this.sorted = sorted;
    for (int h : sorted) {
      int bit = bit(h);
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /** The hashes of {@code strings}. */
  static KeyHashes of(Collection<String> strings) {
    return new KeyHashes(strings.stream().mapToInt(String::hashCode).sorted().toArray());
  }

  /** False when no string of the set has the characters of {@code s}; true when one may. */
  boolean mayHold(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    int bit = bit(h);
    return (filter[bit >>> 6] & 1L << bit) != 0 && Arrays.binarySearch(sorted, h) >= 0;
  }

  private static int bit(int h) {
    return (h * 0x9E3779B1) >>> (32 - FILTER_BITS);
  }
}
