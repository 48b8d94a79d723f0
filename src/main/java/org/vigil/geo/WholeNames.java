package org.vigil.geo;

import java.util.List;

/**
 * A known name that is only the end of a longer name written around it: "Kart-e-Parwan, Kabul"
 * names a quarter of Kabul, not the province of Parwan; "Bula Yobe, Borno" a village of Borno, not
 * the province of Yobe. When the entry chosen for the end lies outside the container the chain
 * writes next, the writer meant the whole name, kept as written inside that container. Stateless.
 */
final class WholeNames {

  private WholeNames() {}

  /**
   * The first token of the longer name that ends with the mention {@code [first, last)}: the
   * capitalised words joined to it by spaces or hyphens (with inner connectors, "Kart-e-"), without
   * a cue, a direction, a level word or a possessive before it ("Nigeria's Yobe"); -1 when no word
   * joins it or the words do not read as a place's.
   */
  static int start(ChainReader chains, List<Token> tokens, int first, int last) {
    int s = chains.scanLeft(first, last, tokens.get(first).sentence());
    for (int k = s; k < first; k++) {
      if (tokens.get(k + 1).possessive()) {
        s = k + 2; // the owner and its s are not part of the name
      }
    }
    while (s < first && notOfName(tokens.get(s).norm())) {
      s++;
    }
    while (s < first && !tokens.get(s).capitalised()) {
      s++;
    }
    return s < first && chains.placeLike(s, last) ? s : -1;
  }

  /** A word that begins no longer name: "Attacked Yobe" in a headline, "Northern Yobe", "State Yobe". */
  private static boolean notOfName(String w) {
    return ChainWords.LEFT_CUES.contains(w) || WordLists.DIRECTIONS.contains(w) || Level.of(w) != Level.NONE
        || WordLists.PERSON_CUES.contains(w) || ChainWords.UNITS.contains(w) || ChainWords.GENERIC.contains(w);
  }
}
