package org.vigil.geo;

import java.util.HashMap;
import java.util.Map;
import org.vigil.geo.index.GazetteerIndex;

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
  private final Map<String, Integer> wordFacts;
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
    this.wordFacts = new HashMap<>(capacity);
  }

  /**
   * {@link Gazetteer#idsByName} of the phrase of {@code words} words of {@code phrases}; for a
   * single word, the index is asked only when its {@link Gazetteer#wordFacts} say it may hold it.
   */
  int[] byName(Phrases phrases, int words) {
    String phrase = phrases.of(words);
    int[] known = names.get(phrase);
    if (known == null) {
      known = gazetteer.idsByName(phrase, words > 1 || (wordFacts(phrase) & GazetteerIndex.MAY_BE_NAME) != 0);
      names.put(phrase, known);
    }
    return known;
  }

  /** {@link Gazetteer#idsByAlternate} of the phrase, like {@link #byName}. */
  int[] byAlternate(Phrases phrases, int words) {
    String phrase = phrases.of(words);
    int[] known = alternates.get(phrase);
    if (known == null) {
      known = words > 1 || (wordFacts(phrase) & GazetteerIndex.MAY_BE_ALTERNATE) != 0
          ? gazetteer.idsByAlternate(phrase) : NONE;
      alternates.put(phrase, known);
    }
    return known;
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

  /** The low byte of {@link Gazetteer#wordFacts}: at least the most tokens of a name that starts with the token. */
  int maxTokensStartingWith(String firstToken) {
    return wordFacts(firstToken) & 0xff;
  }

  private int wordFacts(String token) {
    Integer known = wordFacts.get(token);
    if (known == null) {
      known = gazetteer.wordFacts(token) // the facts are of single words: a token is one
          | (token.indexOf(' ') < 0 ? 0 : GazetteerIndex.MAY_BE_NAME | GazetteerIndex.MAY_BE_ALTERNATE);
      wordFacts.put(token, known);
    }
    return known;
  }
}
