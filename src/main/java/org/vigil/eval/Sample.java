package org.vigil.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which gold documents to score: all of them, or {@code size} drawn without replacement by a
 * generator seeded with {@code seed}, so that a run can be repeated exactly.
 *
 * @param size how many documents; 0 for all
 */
public record Sample(int size, long seed) {

  public Sample {
    if (size < 0) {
      throw new IllegalArgumentException("sample size must be 0 (all) or positive, was " + size);
    }
  }

  /** Every document. */
  public static Sample all() {
    return new Sample(0, 0);
  }

  /** The documents to score, in their original order. */
  public <T> List<T> apply(List<T> documents) {
    if (size == 0 || size >= documents.size()) {
      return documents;
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    List<Integer> chosen = new ArrayList<>(idx.subList(0, size));
    Collections.sort(chosen);
    return chosen.stream().map(documents::get).toList();
  }
}
