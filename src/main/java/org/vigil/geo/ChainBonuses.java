package org.vigil.geo;

import java.util.List;

/**
 * The admin-chain bonus of every candidate ("Daquq district, Kirkuk, Iraq"): what the mention
 * joined to it by commas or "in" says of it, which does not depend on the other mentions'
 * choices. Single use, for one {@link ContextEvidence}.
 */
final class ChainBonuses {

  /**
   * Taken from a candidate whose next mention in a written chain ("Kani township, Sagaing") is a
   * province or country and has no candidate in the candidate's country: the chain says where
   * the place lies, and a large namesake abroad must not outweigh it.
   */
  static final double CHAIN_ABROAD = 2.0;

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final int[][] cands;
  private final PlaceKind[][] kinds;
  private final String[][] countries;
  private final String[][] admin1s;

  ChainBonuses(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions, int[][] cands,
      PlaceKind[][] kinds, String[][] countries, String[][] admin1s) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.mentions = mentions;
    this.cands = cands;
    this.kinds = kinds;
    this.countries = countries;
    this.admin1s = admin1s;
  }

  /** The bonus of each candidate {@code cands[m][k]}, 0 for a mention joined to none. */
  double[][] all() {
    int n = mentions.size();
    double[][] chains = new double[n][];
    boolean joinedNext = false;
    for (int m = 0; m < n; m++) {
      boolean joinedPrevious = joinedNext; // each pair's gap read once, not once per candidate
      joinedNext = m + 1 < n && joined(mentions.get(m), mentions.get(m + 1));
      chains[m] = new double[cands[m].length];
      for (int k = 0; k < cands[m].length && (joinedPrevious || joinedNext); k++) {
        chains[m][k] = chainOf(m, k, joinedPrevious, joinedNext);
      }
    }
    return chains;
  }

  private double chainOf(int m, int k, boolean joinedPrevious, boolean joinedNext) {
    double bonus = 0;
    if (joinedNext) {
      boolean sameCountry = false;
      boolean container = false;
      for (int j = 0; j < cands[m + 1].length; j++) {
        if (contains(m + 1, j, m, k)) {
          bonus = 4.0;
          break;
        }
        sameCountry |= countries[m + 1][j].equals(countries[m][k]);
        container |= kinds[m + 1][j] != PlaceKind.PLACE;
      }
      if (bonus == 0 && container && !sameCountry) {
        bonus = -CHAIN_ABROAD;
      }
    }
    if (joinedPrevious) {
      for (int j = 0; j < cands[m - 1].length; j++) {
        if (contains(m, k, m - 1, j)) {
          bonus += 2.0;
          break;
        }
      }
    }
    return bonus;
  }

  /** Whether candidate {@code ok} of mention {@code om} contains candidate {@code ik} of mention {@code im}. */
  private boolean contains(int om, int ok, int im, int ik) {
    int outer = cands[om][ok];
    int inner = cands[im][ik];
    if (outer == inner || !countries[om][ok].equals(countries[im][ik])) {
      return false;
    }
    PlaceKind in = kinds[im][ik];
    return switch (kinds[om][ok]) {
      case COUNTRY -> in != PlaceKind.COUNTRY;
      case ADMIN1 -> (in == PlaceKind.PLACE || in == PlaceKind.ADMIN2) && admin1s[om][ok].equals(admin1s[im][ik]);
      case ADMIN2 -> in == PlaceKind.PLACE && admin1s[om][ok].equals(admin1s[im][ik])
          && g.admin2Code(outer).equals(g.admin2Code(inner));
      default -> false;
    };
  }

  private boolean joined(Mention a, Mention b) {
    if (a.demonymOf() != null || b.demonymOf() != null) {
      return false;
    }
    if (tokens.get(a.first()).sentence() != tokens.get(b.first()).sentence()) {
      return false;
    }
    int gapWords = 0;
    for (int t = a.last(); t < b.first(); t++) {
      String w = tokens.get(t).norm();
      if (!(w.equals("in") || w.equals("of") || w.equals("the") || Level.of(w) != Level.NONE)) {
        return false;
      }
      gapWords++;
    }
    if (gapWords > 3) {
      return false;
    }
    String between = text.substring(tokens.get(a.last() - 1).end(), tokens.get(b.first()).start());
    return between.indexOf(',') >= 0 || between.indexOf('(') >= 0 || gapWords > 0;
  }
}
