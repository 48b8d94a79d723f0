package org.vigil.geo;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of tokens that names a gazetteer entry, with its candidates and what the words
 * around it say. Internal to one {@link GazetteerGeocoder#resolve} call; immutable.
 */
final class Mention {

  private final int first;
  private final int last;
  private final int[] candidates;
  private final int exactCount;
  private final int namedCount;
  private final Level level;
  private final @Nullable String demonymOf;

  /**
   * @param first index of the first token
   * @param last index one past the last token
   * @param candidates ids of the entries the words may name: the first {@code exactCount} by a
   *     main name or curated alias, up to {@code namedCount} by an alternate name (another
   *     language's, an old spelling), the rest only through the transliteration skeleton
   * @param level a level word next to the name ("province", "district", "town")
   * @param demonymOf country code when the mention is a demonym ("Iranian"), else null
   */
  Mention(int first, int last, int[] candidates, int exactCount, int namedCount, Level level,
      @Nullable String demonymOf) {
    if (first < 0 || last <= first || exactCount < 0 || exactCount > namedCount
        || namedCount > candidates.length) {
      throw new IllegalArgumentException("mention [" + first + ", " + last + ") with "
          + exactCount + " exact and " + namedCount + " named of " + candidates.length
          + " candidates is inconsistent");
    }
    this.first = first;
    this.last = last;
    this.candidates = candidates.clone();
    this.exactCount = exactCount;
    this.namedCount = namedCount;
    this.level = level;
    this.demonymOf = demonymOf;
  }

  int first() {
    return first;
  }

  int last() {
    return last;
  }

  int candidateCount() {
    return candidates.length;
  }

  int candidate(int k) {
    return candidates[k];
  }

  /** Whether candidate {@code k} matched only through the transliteration skeleton. */
  boolean fuzzy(int k) {
    return k >= namedCount;
  }

  /** Whether candidate {@code k} matched only through an alternate name. */
  boolean alternate(int k) {
    return k >= exactCount && k < namedCount;
  }

  /** Whether no candidate matched by a name (main or alternate). */
  boolean fuzzy() {
    return namedCount == 0;
  }

  Level level() {
    return level;
  }

  @Nullable String demonymOf() {
    return demonymOf;
  }

  Mention withLevel(Level l) {
    return new Mention(first, last, candidates, exactCount, namedCount, l, demonymOf);
  }

  @Override
  public String toString() {
    return "Mention[" + first + ", " + last + ") " + Arrays.toString(candidates) + " " + level;
  }
}
