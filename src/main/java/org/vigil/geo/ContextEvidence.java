package org.vigil.geo;

import java.util.List;

/**
 * Evidence a mention's candidates get from the other mentions of the same text: the admin
 * chain written out ("Daquq district, Kirkuk, Iraq"), a province named elsewhere, and other
 * places nearby. Only the {@link #WINDOW} mentions on either side lend evidence, so that the
 * work grows with the text, not its square (a long text names thousands of places). Single
 * use, for one {@link CandidateScorer}; the other mentions' current choices are passed in.
 */
final class ContextEvidence {

  /** Mentions before and after a mention that may lend it evidence. */
  static final int WINDOW = 64;

  /** Degrees of latitude a little over 200 km (1.81), with room for rounding. */
  private static final double FAR_LATITUDE = 1.85;

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final int[][] cands;
  /** related[m][o - m + WINDOW]: mention o may lend evidence to mention m (another place, other words). */
  private final boolean[][] related;
  /** What the passes read of each candidate cands[m][k], read from the gazetteer once. */
  private final PlaceKind[][] kinds;
  private final String[][] countries;
  private final String[][] admin1s;
  private final double[][] lats;
  private final double[][] lons;
  /** The admin chain bonus of each candidate; it does not depend on the other mentions' choices. */
  private final double[][] chains;
  /**
   * Per mention, the related mentions that chose a place ({@link #PLACE_LENDERS}), a province
   * ({@link #ADMIN1_LENDERS}) or anything but a country ({@link #NEAR_LENDERS}), as pairs of
   * mention and candidate, under the choices last given to {@link #lend}: every candidate of a
   * mention asks the same mentions, so they are sorted out once per pass.
   */
  private final int[][][] lenders;
  private final int[][] lenderCounts;
  private static final int PLACE_LENDERS = 0;
  private static final int ADMIN1_LENDERS = 1;
  private static final int NEAR_LENDERS = 2;

  ContextEvidence(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions,
      int[][] cands) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.mentions = mentions;
    this.cands = cands;
    int n = mentions.size();
    related = new boolean[n][2 * WINDOW + 1];
    for (int m = 0; m < n; m++) {
      for (int o = from(m); o < to(m); o++) {
        related[m][o - m + WINDOW] = o != m && mentions.get(o).demonymOf() == null && !sameWords(m, o);
      }
    }
    kinds = new PlaceKind[n][];
    countries = new String[n][];
    admin1s = new String[n][];
    lats = new double[n][];
    lons = new double[n][];
    for (int m = 0; m < n; m++) {
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
    lenders = new int[n][3][0];
    lenderCounts = new int[n][3];
    chains = new double[n][];
    for (int m = 0; m < n; m++) {
      chains[m] = new double[cands[m].length];
      for (int k = 0; k < cands[m].length; k++) {
        chains[m][k] = chainOf(m, cands[m][k]);
      }
    }
  }

  private static int from(int m) {
    return Math.max(0, m - WINDOW);
  }

  private int to(int m) {
    return Math.min(mentions.size(), m + WINDOW + 1);
  }

  private boolean related(int m, int o) {
    return related[m][o - m + WINDOW];
  }

  /**
   * +4 when the next or previous mention, joined only by commas or "in", contains candidate
   * {@code k} of mention {@code m} or is inside it.
   */
  double chain(int m, int k) {
    return chains[m][k];
  }

  private double chainOf(int m, int id) {
    double bonus = 0;
    if (m + 1 < mentions.size() && joined(mentions.get(m), mentions.get(m + 1))) {
      for (int other : cands[m + 1]) {
        if (contains(other, id)) {
          bonus = 4.0;
          break;
        }
      }
    }
    if (m > 0 && joined(mentions.get(m - 1), mentions.get(m))) {
      for (int other : cands[m - 1]) {
        if (contains(id, other)) {
          bonus += 2.0;
          break;
        }
      }
    }
    return bonus;
  }

  private boolean contains(int outer, int inner) {
    if (outer == inner || !g.countryCode(outer).equals(g.countryCode(inner))) {
      return false;
    }
    PlaceKind in = g.kind(inner);
    return switch (g.kind(outer)) {
      case COUNTRY -> in != PlaceKind.COUNTRY;
      case ADMIN1 -> (in == PlaceKind.PLACE || in == PlaceKind.ADMIN2)
          && g.admin1Code(outer).equals(g.admin1Code(inner));
      case ADMIN2 -> in == PlaceKind.PLACE && g.admin1Code(outer).equals(g.admin1Code(inner))
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

  /** Takes the mentions' current choices (a candidate index per mention, -1 for none) for {@link #adminEvidence} and {@link #nearby}. */
  void lend(int[] choice) {
    for (int m = 0; m < mentions.size(); m++) {
      int[][] mine = lenders[m];
      int[] count = lenderCounts[m];
      java.util.Arrays.fill(count, 0);
      for (int o = from(m); o < to(m); o++) {
        int c = choice[o];
        if (c < 0 || !related(m, o)) {
          continue;
        }
        PlaceKind kind = kinds[o][c];
        if (kind == PlaceKind.PLACE) {
          add(mine, count, PLACE_LENDERS, o, c);
        } else if (kind == PlaceKind.ADMIN1) {
          add(mine, count, ADMIN1_LENDERS, o, c);
        }
        if (kind != PlaceKind.COUNTRY) {
          add(mine, count, NEAR_LENDERS, o, c);
        }
      }
    }
  }

  private static void add(int[][] lists, int[] count, int which, int o, int c) {
    int n = count[which];
    if (lists[which].length < 2 * n + 2) {
      lists[which] = java.util.Arrays.copyOf(lists[which], Math.max(16, 2 * lists[which].length)); // kept for the next pass
    }
    lists[which][2 * n] = o;
    lists[which][2 * n + 1] = c;
    count[which] = n + 1;
  }

  /**
   * +2.5 for candidate {@code k} of mention {@code m} inside a province another mention resolved
   * to; +0.3 for a province holding another's place; under the choices last {@linkplain #lend lent}.
   */
  double adminEvidence(int m, int k) {
    PlaceKind kind = kinds[m][k];
    int list = kind == PlaceKind.PLACE ? ADMIN1_LENDERS : kind == PlaceKind.ADMIN1 ? PLACE_LENDERS : -1;
    if (list < 0) {
      return 0;
    }
    String cc = countries[m][k];
    String a1 = admin1s[m][k];
    int[] lent = lenders[m][list];
    for (int i = 0, n = lenderCounts[m][list]; i < n; i++) {
      int o = lent[2 * i];
      int c = lent[2 * i + 1];
      if (countries[o][c].equals(cc) && admin1s[o][c].equals(a1)) {
        return kind == PlaceKind.PLACE ? 2.5 : 0.3;
      }
    }
    return 0;
  }

  /**
   * +1.5 for candidate {@code k} of mention {@code m} within 50 km of another mention's place,
   * +0.8 within 200 km; under the choices last {@linkplain #lend lent}.
   */
  double nearby(int m, int k) {
    if (kinds[m][k] == PlaceKind.COUNTRY) {
      return 0;
    }
    int id = cands[m][k];
    double lat = lats[m][k];
    double lon = lons[m][k];
    double best = 0;
    int[] lent = lenders[m][NEAR_LENDERS];
    for (int i = 0, n = lenderCounts[m][NEAR_LENDERS]; i < n && best < 1.5; i++) {
      int o = lent[2 * i];
      int c = lent[2 * i + 1];
      if (cands[o][c] == id) {
        continue;
      }
      if (Math.abs(lats[o][c] - lat) > FAR_LATITUDE) {
        continue; // farther than 200 km by latitude alone: no bonus, and no cosine to compute
      }
      double d = Places.roughKm(lat, lon, lats[o][c], lons[o][c]);
      best = Math.max(best, d < 50 ? 1.5 : d < 200 ? 0.8 : 0);
    }
    return best;
  }

  /** Whether two mentions are the same words ("Ayacucho" twice): one is no evidence for the other. */
  private boolean sameWords(int a, int b) {
    Mention x = mentions.get(a);
    Mention y = mentions.get(b);
    if (x.last() - x.first() != y.last() - y.first()) {
      return false;
    }
    for (int i = 0; i < x.last() - x.first(); i++) {
      if (!tokens.get(x.first() + i).norm().equals(tokens.get(y.first() + i).norm())) {
        return false;
      }
    }
    return true;
  }
}
