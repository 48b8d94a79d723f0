package org.vigil.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * One text's gazetteer look-ups, each phrase looked up once: a report repeats its names and
 * words, and each look-up in the index is a probe into tens of megabytes that the cache lacks.
 * Returns the gazetteer's answers unchanged (callers must not modify the arrays). Single use,
 * one instance per text; not thread-safe.
 */
final class NameLookups {

  private final Gazetteer gazetteer;
  private final Map<String, int[]> names = new HashMap<>();
  private final Map<String, int[]> alternates = new HashMap<>();
  private final Map<String, int[]> skeletons = new HashMap<>();
  private final Map<String, String> skeletonOf = new HashMap<>();
  private final Map<String, Integer> maxWords = new HashMap<>();

  NameLookups(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@link Gazetteer#idsByName}. */
  int[] byName(String phrase) {
    return names.computeIfAbsent(phrase, gazetteer::idsByName);
  }

  /** {@link Gazetteer#idsByAlternate}. */
  int[] byAlternate(String phrase) {
    return alternates.computeIfAbsent(phrase, gazetteer::idsByAlternate);
  }

  /** {@link Gazetteer#idsBySkeleton}. */
  int[] bySkeleton(String skeleton) {
    return skeletons.computeIfAbsent(skeleton, gazetteer::idsBySkeleton);
  }

  /** {@link Names#skeleton}. */
  String skeleton(String phrase) {
    return skeletonOf.computeIfAbsent(phrase, Names::skeleton);
  }

  /** {@link Gazetteer#maxTokensStartingWith}. */
  int maxTokensStartingWith(String firstToken) {
    return maxWords.computeIfAbsent(firstToken, gazetteer::maxTokensStartingWith);
  }
}
