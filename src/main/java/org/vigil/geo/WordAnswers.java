package org.vigil.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gazetteer's answers about single words, kept from one text to the next: reports repeat
 * the same few thousand words, and each first look-up of a word in a text is a probe into tens of
 * megabytes of index that the processor's caches lack. The answers depend on the immutable
 * gazetteer alone, so a word's answers are the same whether kept or asked again, and keeping
 * them changes no result. Bounded: once {@link #MAX_WORDS} words are kept, the answers of other
 * words are kept for one text only. Safe for use by many threads at once.
 */
final class WordAnswers {

  /**
   * Most words kept: most words' answers are empty, and a word with its entry costs some 150
   * bytes of heap, so a full table holds about 15 MB (more for the few words that name thousands
   * of places).
   */
  static final int MAX_WORDS = 100_000;

  /**
   * What {@link NameLookups} asks of a single word: its {@link Gazetteer#wordFacts} (with its
   * own bits for a token holding a space), the entries it names, those it names in another
   * language, those whose skeleton its skeleton is, and whether a phrase of several words that
   * starts with it may have a skeleton with entries ({@link NameLookups#bySkeletonOf}), and its
   * {@link WordKinds} (which lists hold it).
   */
  record Word(int facts, int[] names, int[] alternates, int[] skeleton, boolean beginsSkeletons, int kinds) {}

  private final Map<String, Word> words = new ConcurrentHashMap<>();

  /** The kept answers of {@code word}, or null. */
  Word get(String word) {
    return words.get(word);
  }

  /** Keeps the answers of {@code word} when there is room; false when there is none. */
  boolean keep(String word, Word answers) {
    if (words.size() >= MAX_WORDS) {
      return false;
    }
    words.putIfAbsent(word, answers);
    return true;
  }
}
