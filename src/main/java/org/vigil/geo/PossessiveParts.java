package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a place named after the place's possessive: "in Dhaka's Gulshan district", "Karachi's
 * Lyari neighbourhood". The part is kept as written inside the owner unless it is a mention whose
 * entry lies inside the owner already ("Pakistan's Punjab province"); a namesake elsewhere does not
 * stand for it. A part needs the word after it that says what it is ("district", "area",
 * "village"): without one, "Kabul's Interior Ministry" would be a place. Stateless.
 */
final class PossessiveParts {

  private PossessiveParts() {}

  /**
   * The parts named after the possessive of a resolved mention; mentions inside a part are
   * dropped ({@code chosen[m]} set to -1, {@code places[m]} to null).
   */
  static List<ChainReader.Kept> after(ChainReader chains, ChainJoins joins, List<Token> tokens, List<Mention> mentions,
      int[] chosen, ResolvedPlace[] places) {
    List<ChainReader.Kept> out = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      int s = x.last();
      if (chosen[m] < 0 || places[m] == null || x.demonymOf() != null || s + 2 >= tokens.size()
          || !tokens.get(s).possessive()) {
        continue;
      }
      int word = partEnd(joins, tokens, s + 1);
      if (word < 0 || !chains.placeLike(s + 1, word) || resolvedInside(chains, mentions, chosen, m, s + 1, word)) {
        continue;
      }
      for (int o = m + 1; o < mentions.size() && mentions.get(o).first() < word; o++) {
        chosen[o] = -1;
        places[o] = null;
      }
      String w = tokens.get(word).norm();
      boolean unit = ChainWords.UNITS.contains(w) && places[m].precision() != Precision.CITY;
      int nameEnd = unit ? word + 1 : word; // "Kurram district" of a country; "Gulshan" of a city
      out.add(new ChainReader.Kept(s + 1, nameEnd, nameEnd, places[m], false)); // no site: its town is its city (KeptTowns)
    }
    return out;
  }

  /**
   * The last word after the capitalised words from {@code first} on that says what they name (a
   * unit, a part of a town or a generic word: the "district" of "Sadr City district"), or -1 when
   * none follows them closely.
   */
  private static int partEnd(ChainJoins joins, List<Token> tokens, int first) {
    int sentence = tokens.get(first).sentence();
    int found = -1;
    for (int k = first; k < tokens.size() && k < first + ChainWords.MAX_WORDS + 1; k++) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (t.sentence() != sentence || k > first && !joins.plainGap(k - 1, k)) {
        return found;
      }
      boolean part = ChainWords.UNITS.contains(w) || ChainWords.LOCAL.contains(w) || ChainWords.GENERIC.contains(w);
      found = k > first && part ? k : found;
      if (!t.capitalised() && !(k > first && WordLists.CONNECTORS.contains(w))) {
        return found;
      }
    }
    return found;
  }

  /** Whether a mention within the words {@code [first, end)} has an entry inside the owner's (mention {@code m}). */
  private static boolean resolvedInside(ChainReader chains, List<Mention> mentions, int[] chosen, int m, int first,
      int end) {
    for (int o = m + 1; o < mentions.size() && mentions.get(o).first() < end; o++) {
      if (mentions.get(o).first() >= first && chosen[o] >= 0 && chains.inside(chosen[o], chosen[m])) {
        return true;
      }
    }
    return false;
  }
}
