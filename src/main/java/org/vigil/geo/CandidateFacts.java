package org.vigil.geo;

import java.util.List;

/**
 * What scoring reads of each candidate {@code cands[m][k]} of one text's mentions, read from the
 * gazetteer once per text, and what the mentions lend each other before any is chosen: which
 * mentions are demonyms and which share their words ({@link #words}), and the admin chain bonus
 * ({@link ChainBonuses}). None of it depends on the {@link GeoContext}: made once per read text
 * and shared by the scorers of every context. Immutable after construction (callers must not
 * modify the arrays).
 */
final class CandidateFacts {

  final int[][] cands;
  /**
   * Per mention, a number shared by the mentions of the same words ("Ayacucho" twice): mention o
   * may lend evidence to mention m when o is no demonym and its number differs from m's (another
   * place, other words). Numbered once, not compared pair by pair.
   */
  final int[] words;
  final boolean[] demonyms;
  final PlaceKind[][] kinds;
  final String[][] countries;
  final String[][] admin1s;
  final double[][] lats;
  final double[][] lons;
  /** The admin chain bonus of each candidate; it does not depend on the other mentions' choices. */
  final double[][] chains;

  CandidateFacts(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions, int[][] cands) {
    this.cands = cands;
    int n = mentions.size();
    words = wordNumbers(tokens, mentions);
    demonyms = new boolean[n];
    kinds = new PlaceKind[n][];
    countries = new String[n][];
    admin1s = new String[n][];
    lats = new double[n][];
    lons = new double[n][];
    for (int m = 0; m < n; m++) {
      demonyms[m] = mentions.get(m).demonymOf() != null;
      int c = cands[m].length;
      kinds[m] = new PlaceKind[c];
      countries[m] = new String[c];
      admin1s[m] = new String[c];
      lats[m] = new double[c];
      lons[m] = new double[c];
      for (int k = 0; k < c; k++) {
        int id = cands[m][k];
        kinds[m][k] = g.kind(id);
        countries[m][k] = g.countryCode(id);
        admin1s[m][k] = g.admin1Code(id);
        lats[m][k] = g.lat(id);
        lons[m][k] = g.lon(id);
      }
    }
    chains = new ChainBonuses(g, text, tokens, mentions, cands, kinds, countries, admin1s).all();
  }

  /**
   * The numbers of {@link #words}: equal for mentions of the same normalised words. A mention of
   * one word (most) is numbered by its token's {@linkplain Token#form form}, with no string made;
   * one of several words by its words joined, above every form number.
   */
  private static int[] wordNumbers(List<Token> tokens, List<Mention> mentions) {
    java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
    int[] out = new int[mentions.size()];
    StringBuilder key = new StringBuilder();
    for (int m = 0; m < out.length; m++) {
      Mention x = mentions.get(m);
      if (x.last() - x.first() == 1) {
        out[m] = tokens.get(x.first()).form();
        continue;
      }
      key.setLength(0);
      for (int t = x.first(); t < x.last(); t++) {
        key.append(tokens.get(t).norm()).append('\0'); // no normalised word holds a NUL
      }
      Integer known = numbers.putIfAbsent(key.toString(), numbers.size());
      out[m] = tokens.size() + (known != null ? known : numbers.size() - 1);
    }
    return out;
  }
}
