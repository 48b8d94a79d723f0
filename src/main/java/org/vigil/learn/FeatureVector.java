package org.vigil.learn;

import java.util.Arrays;

/**
 * Sparse features of one candidate: hashed feature indices, each below the model's
 * dimension, with their values. Immutable; indices are distinct and sorted.
 */
public final class FeatureVector {

  private final int[] indices;
  private final float[] values;

  FeatureVector(int[] indices, float[] values) {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices (" + indices.length + ") and values (" + values.length
          + ") differ in length");
    }
    this.indices = indices;
    this.values = values;
  }

  /** How many features are set. */
  public int size() {
    return indices.length;
  }

  /** The hashed index of the {@code k}th feature set, {@code 0 <= k < size()}. */
  public int index(int k) {
    return indices[k];
  }

  /** The value of the {@code k}th feature set. */
  public float value(int k) {
    return values[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FeatureVector" + Arrays.toString(indices);
  }
}
