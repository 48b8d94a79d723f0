package org.vigil.geo;

import java.util.List;
import java.util.Optional;

/**
 * The town that holds a part of it kept as written when the town is kept as written too: "Qaya
 * area, Jalawla, Diyala" and "Langi hills, Hoyohatu, Jharkhand" name a quarter or a feature, then
 * its town, neither in the gazetteer. Both take the province's coordinates; the quarter's town is
 * the name after it, not nothing. Stateless.
 */
final class KeptTowns {

  private KeptTowns() {}

  /** The town kept right after {@code k}, joined by a comma, when {@code k} is a quarter or a feature of it. */
  static Optional<String> after(ChainReader.Kept k, List<ChainReader.Kept> all, String text, List<Token> tokens,
      ChainReader chains) {
    if (k.end() >= tokens.size()) {
      return Optional.empty();
    }
    String word = tokens.get(k.end() - 1).norm(); // "area" after "Qaya", or the "hills" of "Langi hills"
    if (!ChainWords.LOCAL.contains(word) && !ChainWords.FEATURES.contains(word)) {
      return Optional.empty();
    }
    String between = text.substring(tokens.get(k.end() - 1).end(), tokens.get(k.end()).start());
    if (!between.strip().equals(",")) {
      return Optional.empty();
    }
    for (ChainReader.Kept town : all) {
      if (town.first() == k.end() && town.end() == town.nameEnd()) {
        return Optional.of(chains.words(town)); // a bare name: "Jalawla", not "Shabelle district"
      }
    }
    return Optional.empty();
  }
}
