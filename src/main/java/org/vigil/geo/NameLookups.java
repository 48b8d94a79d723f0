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

  /** Fewest letters of a skeleton matched on. */
  static final int MIN_SKELETON = 5;

  private static final int[] NONE = new int[0];

  private final Gazetteer gazetteer;
  private final Map<String, int[]> names;
  private final Map<String, int[]> alternates;
  /** By single word. */
  private final Map<String, int[]> wordSkeletonMatches;
  /** By skeleton, for the skeletons that pass the gazetteer's filters. */
  private final Map<String, int[]> skeletonMatches;
  private final Map<String, Integer> maxWords;
  private final Letters phrase = new Letters(64);
  private final Letters skeleton = new Letters(64);

  /** Look-ups for a text of {@code tokens} tokens: each map is sized for about a phrase per token, so it rarely grows. */
  NameLookups(Gazetteer gazetteer, int tokens) {
    this.gazetteer = gazetteer;
    int capacity = Math.max(16, tokens * 2);
    this.names = new HashMap<>(capacity);
    this.alternates = new HashMap<>(capacity);
    this.wordSkeletonMatches = new HashMap<>(capacity);
    this.skeletonMatches = new HashMap<>();
    this.maxWords = new HashMap<>(capacity);
  }

  /** {@link Gazetteer#idsByName}. */
  int[] byName(String phrase) {
    return names.computeIfAbsent(phrase, gazetteer::idsByName);
  }

  /** {@link Gazetteer#idsByAlternate}. */
  int[] byAlternate(String phrase) {
    return alternates.computeIfAbsent(phrase, gazetteer::idsByAlternate);
  }

  /**
   * {@link Gazetteer#idsBySkeleton} of the {@linkplain Names#skeleton skeleton} of the phrase of
   * {@code words} words of {@code phrases}; empty when the skeleton is shorter than
   * {@link #MIN_SKELETON} letters (too loose to match on). Most phrases asked match nothing,
   * which the gazetteer's filters tell without a string made or a table probed: a phrase of
   * several words is written into a buffer, not joined into a string to be hashed and kept. A
   * single word's answer is kept, for the words a text repeats, and so is every skeleton's that
   * passes the filters.
   */
  int[] bySkeletonOf(Phrases phrases, int words) {
    if (words == 1) {
      String word = phrases.of(1);
      int[] known = wordSkeletonMatches.get(word);
      if (known == null) {
        known = skeletonMatches(word);
        wordSkeletonMatches.put(word, known);
      }
      return known;
    }
    phrases.write(words, phrase);
    return skeletonMatches(phrase);
  }

  private int[] skeletonMatches(CharSequence phrase) {
    Names.skeleton(phrase, skeleton); // no string, no hashing, for the phrases the filter turns away
    if (skeleton.length() < MIN_SKELETON || !gazetteer.mayHaveSkeleton(skeleton)) {
      return NONE;
    }
    return skeletonMatches.computeIfAbsent(skeleton.toString(), gazetteer::idsBySkeleton);
  }

  /** {@link Gazetteer#maxTokensStartingWith}. */
  int maxTokensStartingWith(String firstToken) {
    return maxWords.computeIfAbsent(firstToken, gazetteer::maxTokensStartingWith);
  }
}
