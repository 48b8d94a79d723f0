package org.vigil.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one field over all documents. A document where the coders and the engine agree is
 * a true positive; a wrong value is both a false positive and a false negative; a value only one
 * side gave is a false positive (engine only) or a false negative (coders only).
 *
 * @param field the field's name
 * @param expected how many values the coders gave (the denominator of accuracy)
 * @param confusion expected value → found value → count; empty for fields that are not categorical
 */
public record FieldResult(String field, int truePositives, int falsePositives, int falseNegatives,
    int expected, Map<String, Map<String, Integer>> confusion) {

  public FieldResult {
    Objects.requireNonNull(field, "field");
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || expected < 0) {
      throw new IllegalArgumentException("negative count in field " + field + ": tp=" + truePositives
          + " fp=" + falsePositives + " fn=" + falseNegatives + " expected=" + expected);
    }
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    confusion = java.util.Collections.unmodifiableMap(copy);
  }

  /** Share of the engine's values that are right; 0 when it gave none. */
  @JsonProperty
  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 0 : (double) truePositives / d;
  }

  /** Share of the coders' values the engine found; 0 when they gave none. */
  @JsonProperty
  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 0 : (double) truePositives / d;
  }

  /** Harmonic mean of precision and recall. */
  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of the coders' values the engine reproduced exactly ({@code tp / expected}). */
  @JsonProperty
  public double accuracy() {
    return expected == 0 ? 0 : (double) truePositives / expected;
  }
}
