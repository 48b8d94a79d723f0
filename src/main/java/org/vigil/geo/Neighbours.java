package org.vigil.geo;

import java.util.Arrays;

/**
 * The places a window of mentions lends for the nearby bonus, each with the number of the words
 * of the mention that chose it, in plain arrays, sorted by latitude once a mention of many
 * candidates asks: a candidate then reads only those within {@link #FAR_LATITUDE} of its own, found by binary search, not every lender of the
 * window (a mention of a common name has dozens of candidates, its window over a hundred
 * lenders). One set serves every mention whose window it is (in a text of up to
 * {@link ContextEvidence#WINDOW} mentions, all of them): a mention skips the places lent by
 * mentions of its own words. Reused from window to window; single-threaded.
 */
final class Neighbours {

  /** Degrees of latitude a little over 200 km (1.81), with room for rounding. */
  static final double FAR_LATITUDE = 1.85;

  /** Lenders a window holds at most: the sort packs a lender's index into {@link #INDEX_BITS} bits. */
  private static final int INDEX_BITS = 10;

  private double[] lats = new double[0];
  private double[] lons = new double[0];
  private int[] ids = new int[0];
  private int[] words = new int[0];
  private long[] order = new long[0];
  private int size;
  private boolean sorted;

  /** Forgets the places held, keeping room for {@code capacity} (at most 2^{@link #INDEX_BITS}). */
  void clear(int capacity) {
    if (capacity > 1 << INDEX_BITS) {
      throw new IllegalArgumentException(capacity + " lenders, expected at most " + (1 << INDEX_BITS));
    }
    if (order.length < capacity) {
      lats = new double[capacity];
      lons = new double[capacity];
      ids = new int[capacity];
      words = new int[capacity];
      order = new long[capacity];
    }
    size = 0;
    sorted = false;
  }

  /**
   * Adds the place of entry {@code id} at {@code lat}, {@code lon}, lent by a mention of words
   * numbered {@code word} (unsorted until {@link #sort}).
   */
  void add(int id, double lat, double lon, int word) {
    lats[size] = lat;
    lons[size] = lon;
    ids[size] = id;
    words[size] = word;
    // the latitude in micro-degrees above -180 (positive, so signed order is numeric order), then the index
    order[size] = (long) ((lat + 180) * 1e6) << INDEX_BITS | size;
    size++;
  }

  /** Whether {@link #sort} was called since the last {@link #clear}. */
  boolean sorted() {
    return sorted;
  }

  /** Sorts the places by latitude, after the last {@link #add}: worth it for many calls of {@link #bonus}. */
  void sort() {
    sorted = true;
    Arrays.sort(order, 0, size);
    double[] l = new double[size];
    double[] o = new double[size];
    int[] d = new int[size];
    int[] w = new int[size];
    for (int i = 0; i < size; i++) {
      int at = (int) (order[i] & ((1 << INDEX_BITS) - 1));
      l[i] = lats[at];
      o[i] = lons[at];
      d[i] = ids[at];
      w[i] = words[at];
    }
    System.arraycopy(l, 0, lats, 0, size);
    System.arraycopy(o, 0, lons, 0, size);
    System.arraycopy(d, 0, ids, 0, size);
    System.arraycopy(w, 0, words, 0, size);
  }

  /**
   * +1.5 when a place held, other than entry {@code id} and not lent by a mention of words
   * numbered {@code word}, lies within 50 km of {@code lat}, {@code lon}; +0.8 within 200 km; else 0.
   */
  double bonus(int id, int word, double lat, double lon) {
    // the band is searched a little wide, for the rounding of the sort; the exact test is below
    int lo = 0;
    int hi = sorted ? size : 0;
    double from = lat - FAR_LATITUDE - 0.01;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lats[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    double best = 0;
    double to = sorted ? lat + FAR_LATITUDE + 0.01 : Double.POSITIVE_INFINITY;
    for (int i = lo; i < size && lats[i] <= to && best < 1.5; i++) {
      if (ids[i] == id || words[i] == word || Math.abs(lats[i] - lat) > FAR_LATITUDE) {
        continue; // farther than 200 km by latitude alone: no bonus, and no cosine to compute
      }
      double d = Places.roughKm(lat, lon, lats[i], lons[i]);
      best = Math.max(best, d < 50 ? 1.5 : d < 200 ? 0.8 : 0);
    }
    return best;
  }
}
