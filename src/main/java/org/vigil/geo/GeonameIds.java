package org.vigil.geo;

import java.util.Arrays;

/**
 * Maps GeoNames ids to index entry ids while an import runs, in packed longs rather than boxed
 * map entries: an import of allCountries remembers millions of them. Ids of 0 or less (rows
 * without a GeoNames id) are not remembered.
 */
final class GeonameIds {

  private long[] pairs = new long[1024];
  private int size;
  private boolean sorted = true;

  void remember(long geonameId, int entryId) {
    if (geonameId <= 0) {
      return;
    }
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
    }
    pairs[size++] = geonameId << 32 | entryId;
    sorted = false;
  }

  /** The entry remembered for {@code geonameId}, or -1. */
  int entryOf(long geonameId) {
    if (!sorted) {
      Arrays.sort(pairs, 0, size);
      sorted = true;
    }
    int at = Arrays.binarySearch(pairs, 0, size, geonameId << 32);
    int i = at >= 0 ? at : -at - 1;
    return i < size && pairs[i] >>> 32 == geonameId ? (int) pairs[i] : -1;
  }
}
