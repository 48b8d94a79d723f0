package org.vigil.geo;

/**
 * A stretch of tokens that names a gazetteer entry, with its candidates and what the words
 * around it say. Internal to one {@link GazetteerGeocoder#resolve} call.
 *
 * @param first index of the first token
 * @param last index one past the last token
 * @param candidates ids of the gazetteer entries the words may name
 * @param fuzzy matched through the transliteration skeleton, not an exact or alias spelling
 * @param level a level word next to the name ("province", "district", "town")
 * @param demonymOf country code when the mention is a demonym ("Iranian"), else null
 */
record Mention(int first, int last, int[] candidates, boolean fuzzy, Level level,
    @org.jspecify.annotations.Nullable String demonymOf) {

  Mention withLevel(Level l) {
    return new Mention(first, last, candidates, fuzzy, l, demonymOf);
  }
}
