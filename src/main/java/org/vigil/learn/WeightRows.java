package org.vigil.learn;

/**
 * The weights of a linear model, one row of a weight per label for each hashed feature, holding
 * only the rows with a non-zero weight: a bit per feature says whether its row is stored, and a
 * count per 64 features plus a popcount finds where. A feature without weights costs no read of
 * the rows, and the rows are smaller than the table (the role model's: 2.4 MB and 64 KB of index
 * instead of 6 MB), so fewer reads miss the cache. Adding a zero row changes no score, so scores
 * are those of the full table. Immutable.
 */
final class WeightRows {

  private final int labels;
  /**
   * Per 64 features, a word of bits saying which have a stored row, then the count of rows stored
   * before its first feature: side by side, so that finding a row costs one cache line, not two.
   */
  private final long[] index;
  private final float[] rows;

  /** The non-zero rows of {@code weights}, feature-major ({@code weights[feature * labels + label]}). */
  WeightRows(float[] weights, int labels) {
    int dim = weights.length / labels;
    this.labels = labels;
    this.index = new long[2 * ((dim + 63) >>> 6)];
    int count = 0;
    for (int i = 0; i < dim; i++) {
      if (nonZero(weights, i, labels)) {
        index[2 * (i >>> 6)] |= 1L << i;
        count++;
      }
    }
    this.rows = new float[count * labels];
    int r = 0;
    for (int word = 0; word < index.length; word += 2) {
      index[word + 1] = r;
      r += Long.bitCount(index[word]);
    }
    r = 0;
    for (int i = 0; i < dim; i++) {
      if (has(i)) {
        System.arraycopy(weights, i * labels, rows, r * labels, labels);
        r++;
      }
    }
  }

  private static boolean nonZero(float[] weights, int feature, int labels) {
    for (int l = 0; l < labels; l++) {
      if (weights[feature * labels + l] != 0) {
        return true;
      }
    }
    return false;
  }

  /** How many features have a non-zero weight. */
  int count() {
    return rows.length / labels;
  }

  /** Whether feature {@code i} has a non-zero weight. */
  boolean has(int i) {
    return (index[2 * (i >>> 6)] & 1L << i) != 0;
  }

  /** The weight of feature {@code i} for label {@code l} (0 for a row not stored). */
  float weight(int i, int l) {
    int r = row(i);
    return r < 0 ? 0f : rows[r * labels + l];
  }

  /** Adds {@code value} times the weights of feature {@code i} to {@code s}, label by label. */
  void addTo(double[] s, int i, float value) {
    int r = row(i);
    if (r < 0) {
      return;
    }
    int base = r * labels;
    for (int l = 0; l < labels; l++) {
      s[l] += rows[base + l] * value;
    }
  }

  /** The index of feature {@code i}'s row among the stored ones, or -1. */
  private int row(int i) {
    int at = 2 * (i >>> 6);
    long word = index[at];
    long bit = 1L << i;
    return (word & bit) == 0 ? -1 : (int) index[at + 1] + Long.bitCount(word & (bit - 1));
  }
}
