package org.vigil.learn;

import java.util.Arrays;

/**
 * Collects the features of one candidate and hashes them into a {@link FeatureVector} of a
 * fixed dimension. A feature is a name and a value part ({@code add("prev", "killed")}); the
 * two are hashed without building a joined string, so a stage can describe a candidate with
 * dozens of features at the engine's speed. The same feature added twice adds its values.
 * Not thread-safe: one per candidate, or {@link #clear()} between candidates.
 */
public final class Features {

  private final int bits;
  private int[] indices = new int[32];
  private float[] values = new float[32];
  private int size;

  /** A collector for a model of {@code 2^bits} dimensions, {@code 8 <= bits <= 24}. */
  public Features(int bits) {
    if (bits < 8 || bits > 24) {
      throw new IllegalArgumentException("hash bits " + bits + " outside 8..24");
    }
    this.bits = bits;
  }

  /** Adds the binary feature {@code name=value}. */
  public Features add(String name, String value) {
    return add(name, value, 1f);
  }

  /** Adds the feature {@code name=value} with the given weight. */
  public Features add(String name, String value, float weight) {
    return put(mix(name.hashCode() * 0x9E3779B1 + value.hashCode()), weight);
  }

  /**
   * Adds the binary feature {@code name=first+sep+second}, the same feature as when the value
   * is joined first, without building the joined string.
   */
  public Features add(String name, String first, char sep, String second) {
    return put(mix(name.hashCode() * 0x9E3779B1 + joined(first.hashCode(), sep, second)), 1f);
  }

  /** Adds the binary feature {@code name=first+sep+second+sep+third}; see {@link #add(String, String, char, String)}. */
  public Features add(String name, String first, char sep, String second, String third) {
    return put(mix(name.hashCode() * 0x9E3779B1 + joined(joined(first.hashCode(), sep, second), sep, third)), 1f);
  }

  /** {@link String#hashCode} of a string of hash {@code head} followed by {@code sep} and {@code tail}. */
  private static int joined(int head, char sep, String tail) {
    int h = head * 31 + sep;
    for (int i = tail.length(); i > 0; i--) {
      h *= 31;
    }
    return h + tail.hashCode();
  }

  /** Adds the binary feature {@code name=String.valueOf(value)}, without building the string. */
  public Features add(String name, int value) {
    return put(mix(name.hashCode() * 0x9E3779B1 + decimalHash(value)), 1f);
  }

  /** {@link String#hashCode} of {@code Integer.toString(v)}. */
  private static int decimalHash(int v) {
    if (v == Integer.MIN_VALUE) {
      return Integer.toString(v).hashCode();
    }
    int n = Math.abs(v);
    int h = v < 0 ? '-' : 0;
    int div = 1;
    while (n / div >= 10) {
      div *= 10;
    }
    for (; div > 0; div /= 10) {
      h = 31 * h + '0' + n / div % 10;
    }
    return h;
  }

  /** Adds the binary feature {@code name} (a flag). */
  public Features add(String name) {
    return add(name, "", 1f);
  }

  /** Adds the numeric feature {@code name} with the given value. */
  public Features number(String name, float value) {
    return add(name, "#", value);
  }

  /** Removes every feature, to describe the next candidate. */
  public Features clear() {
    size = 0;
    return this;
  }

  /** The features so far as a vector (the collector stays usable). */
  public FeatureVector vector() {
    long[] sorted = sortedTogether();
    int n = 0;
    for (int i = 0; i < size; i++) {
      n += i == 0 || index(sorted[i]) != index(sorted[i - 1]) ? 1 : 0;
    }
    int[] idx = new int[n];
    float[] val = new float[n];
    n = 0;
    for (int i = 0; i < size; i++) {
      if (n > 0 && idx[n - 1] == index(sorted[i])) {
        val[n - 1] += value(sorted[i]);
      } else {
        idx[n] = index(sorted[i]);
        val[n] = value(sorted[i]);
        n++;
      }
    }
    return new FeatureVector(idx, val);
  }

  /**
   * Adds the features so far, times their weights in {@code model}, to the scores {@code s}, in
   * the order they were added: {@link #vector()} without its sort and arrays, for a model that
   * only scores.
   */
  double[] addTo(WeightRows model, int dim, double[] s) {
    for (int i = 0; i < size; i++) {
      if (indices[i] >= dim) {
        throw new IllegalArgumentException("feature index " + indices[i] + " is outside the model's " + dim);
      }
      model.addTo(s, indices[i], values[i]);
    }
    return s;
  }

  private Features put(int hash, float weight) {
    if (size == indices.length) {
      indices = Arrays.copyOf(indices, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    indices[size] = hash >>> (32 - bits);
    values[size] = weight;
    size++;
    return this;
  }

  /** A finaliser of MurmurHash3, so that similar strings land far apart. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The features so far, each packed as its index and value's bits, by index (then value bits). */
  private long[] sortedTogether() {
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = ((long) indices[i] << 32) | (Float.floatToRawIntBits(values[i]) & 0xFFFFFFFFL);
    }
    Arrays.sort(packed);
    return packed;
  }

  private static int index(long packed) {
    return (int) (packed >>> 32);
  }

  private static float value(long packed) {
    return Float.intBitsToFloat((int) packed);
  }
}
