package org.vigil.extract;

import org.vigil.learn.FeatureVector;

/**
 * Decides whether a candidate incident is a real one (an attack, clash, kidnapping, plot or
 * arrest, new or recalled) rather than violent words used otherwise: a figure of speech, an
 * accident, a test, a strike, a hypothetical, a denial. Implementations are immutable and safe
 * for concurrent use.
 */
@FunctionalInterface
public interface Relevance {

  /** The probability, 0 to 1, that the candidate with these features is a real incident. */
  double probability(FeatureVector features);

  /** The probability at or above which a candidate is kept. */
  default double threshold() {
    return 0.5;
  }

  /** Keeps every candidate: the rules alone decide (for training, and when no model is bundled). */
  static Relevance keepAll() {
    return f -> 1.0;
  }
}
