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

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final int[][] cands;
  /** related[m][o - m + WINDOW]: mention o may lend evidence to mention m (another place, other words). */
  private final boolean[][] related;

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

  /** +4 when the next or previous mention, joined only by commas or "in", contains or is inside it. */
  double chain(int m, int id) {
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

  /** +2.5 inside a province another mention resolved to; +0.3 for a province holding another's place. */
  double adminEvidence(int m, int id, int[] choice) {
    double bonus = 0;
    for (int o = from(m); o < to(m); o++) {
      if (!related(m, o) || choice[o] < 0) {
        continue;
      }
      int other = cands[o][choice[o]];
      if (g.kind(other) == PlaceKind.ADMIN1 && g.kind(id) == PlaceKind.PLACE
          && g.countryCode(other).equals(g.countryCode(id)) && g.admin1Code(other).equals(g.admin1Code(id))) {
        bonus = Math.max(bonus, 2.5);
      } else if (g.kind(id) == PlaceKind.ADMIN1 && g.kind(other) == PlaceKind.PLACE
          && g.countryCode(other).equals(g.countryCode(id)) && g.admin1Code(other).equals(g.admin1Code(id))) {
        bonus = Math.max(bonus, 0.3);
      }
    }
    return bonus;
  }

  /** +1.5 within 50 km of another mention's place, +0.8 within 200 km. */
  double nearby(int m, int id, int[] choice) {
    if (g.kind(id) == PlaceKind.COUNTRY) {
      return 0;
    }
    double best = 0;
    for (int o = from(m); o < to(m); o++) {
      if (!related(m, o) || choice[o] < 0) {
        continue;
      }
      int other = cands[o][choice[o]];
      if (other == id || g.kind(other) == PlaceKind.COUNTRY) {
        continue;
      }
      double d = Places.roughKm(g.lat(id), g.lon(id), g.lat(other), g.lon(other));
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
