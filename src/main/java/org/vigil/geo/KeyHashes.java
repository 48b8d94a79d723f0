package org.vigil.geo;

import java.util.Arrays;
import java.util.Collection;
import org.vigil.geo.index.IndexFormat;

/**
 * A set of a few thousand strings asked about character sequences that are almost never in it
 * (a phrase's skeleton, written into a reused buffer): the sequence is hashed as the gazetteer
 * index hashes its keys ({@link IndexFormat#storableHash}), so that one hash serves the index's
 * filter and this set; a bit per hash in a small filter turns away nearly all, and the sorted
 * hashes settle the rest. "No" is certain; "yes" means a string of that hash is in the set (or
 * the sequence cannot be hashed so and the set holds such a string), which the caller confirms
 * with a real look-up. Immutable and thread-safe.
 */
final class KeyHashes {

  /** Filter bits: 64 Ki, 8 KB, which stays in the cache; a set of 1,000 strings sets under 2%. */
  private static final int FILTER_BITS = 16;

  private final long[] filter = new long[(1 << FILTER_BITS) / 64];
  private final int[] sorted;
  /** Whether a string of the set has no {@link IndexFormat#storableHash} (not ASCII, or too long). */
  private final boolean unhashable;

  private KeyHashes(int[] sorted, boolean unhashable) {
    this.sorted = sorted;
    this.unhashable = unhashable;
    for (int h : sorted) {
      int bit = bit(h);
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /** The hashes of {@code strings}. */
  static KeyHashes of(Collection<String> strings) {
    long[] hashes = strings.stream().mapToLong(IndexFormat::storableHash).toArray();
    return new KeyHashes(Arrays.stream(hashes).filter(h -> h >= 0).mapToInt(h -> (int) h).sorted().toArray(),
        Arrays.stream(hashes).anyMatch(h -> h < 0));
  }

  /** False when no string of the set has the characters of {@code s}; true when one may. */
  boolean mayHold(CharSequence s) {
    return mayHoldHashed(IndexFormat.storableHash(s));
  }

  /** {@link #mayHold} of the sequence whose {@link IndexFormat#storableHash} is {@code hash}. */
  boolean mayHoldHashed(long hash) {
    if (hash < 0) {
      return unhashable;
    }
    int h = (int) hash;
    int bit = bit(h);
    return (filter[bit >>> 6] & 1L << bit) != 0 && Arrays.binarySearch(sorted, h) >= 0;
  }

  private static int bit(int h) {
    return (h * 0x9E3779B1) >>> (32 - FILTER_BITS);
  }
}
