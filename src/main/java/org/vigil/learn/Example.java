package org.vigil.learn;

import java.util.Objects;

/**
 * One training example: a candidate's features, its true label and how much it counts.
 *
 * @param weight how much the example counts in training (1 for an ordinary example), {@code > 0}
 */
public record Example(FeatureVector features, String label, double weight) {

  public Example {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(label, "label");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("example weight " + weight + " is not a positive number");
    }
  }

  /** An example that counts once. */
  public static Example of(FeatureVector features, String label) {
    return new Example(features, label, 1);
  }
}
