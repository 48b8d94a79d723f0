package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores every candidate entry of every mention of one text, as a sum of named factors:
 * population and feature-type prior, a level word ("province"), how the spelling matched, the
 * countries the rest of the text points to, the admin chain written out ("Daquq district,
 * Kirkuk, Iraq"), provinces named elsewhere, other places nearby, the source country and a
 * locative preposition. Single use: one instance per text, not thread-safe.
 */
final class CandidateScorer {

  /** Most candidates weighed per mention (the best by prior are kept). */
  static final int MAX_CANDIDATES = 400;

  private enum Factor {
    PRIOR("population and feature prior"), LEVEL("level word"), SPELLING("fuzzy spelling"),
    COUNTRY("country evidence in text"), CHAIN("admin chain"), ADMIN("province named in text"),
    NEARBY("near other places in text"), SOURCE("source country"), LOCATIVE("after a locative word");

    final String label;

    Factor(String label) {
      this.label = label;
    }
  }

  private static final int F = Factor.values().length;

  /** Votes for no country added to every share's denominator. */
  static final double SMOOTHING_VOTES = 0.5;

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final GeoContext context;
  private final boolean allCaps;
  private final int[][] cands;
  private final boolean[][] fuzzy;
  private final double[][][] factors;
  private final int[] choice;
  /** related[m][o]: mention o may lend evidence to mention m (another place, other words). */
  private final boolean[][] related;

  CandidateScorer(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions,
      GeoContext context, boolean allCaps) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.mentions = mentions;
    this.context = context;
    this.allCaps = allCaps;
    int n = mentions.size();
    cands = new int[n][];
    fuzzy = new boolean[n][];
    factors = new double[n][][];
    choice = new int[n];
    related = new boolean[n][n];
    for (int m = 0; m < n; m++) {
      bound(m, mentions.get(m));
      factors[m] = new double[cands[m].length][F];
      for (int o = 0; o < n; o++) {
        related[m][o] = o != m && mentions.get(o).demonymOf() == null && !sameWords(m, o);
      }
    }
  }

  void score() {
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      boolean locative = mention.first() > 0
          && MentionFinder.LOCATIVES.contains(tokens.get(mention.first() - 1).norm());
      for (int k = 0; k < cands[m].length; k++) {
        int id = cands[m][k];
        double[] f = factors[m][k];
        f[Factor.PRIOR.ordinal()] = prior(id);
        f[Factor.LEVEL.ordinal()] = level(id, mention.level());
        f[Factor.SPELLING.ordinal()] = fuzzy[m][k] ? -1.0 : 0;
        f[Factor.SOURCE.ordinal()] = g.countryCode(id).equals(context.sourceCountryCode()) ? 0.5 : 0;
        f[Factor.LOCATIVE.ordinal()] = locative && g.kind(id) != PlaceKind.COUNTRY ? 0.7 : 0;
      }
    }
    boolean[] voters = new boolean[mentions.size()];
    java.util.Arrays.fill(voters, true);
    countryEvidence(voters);
    choose();
    contextPasses(2);
    for (int m = 0; m < mentions.size(); m++) {
      voters[m] = accepted(m) >= 0;
    }
    countryEvidence(voters);
    choose();
    contextPasses(2);
  }

  /** Re-scores the factors that depend on the other mentions' current choices. */
  private void contextPasses(int passes) {
    for (int pass = 0; pass < passes; pass++) {
      for (int m = 0; m < mentions.size(); m++) {
        for (int k = 0; k < cands[m].length; k++) {
          int id = cands[m][k];
          double[] f = factors[m][k];
          f[Factor.CHAIN.ordinal()] = chain(m, id);
          f[Factor.ADMIN.ordinal()] = adminEvidence(m, id);
          f[Factor.NEARBY.ordinal()] = nearby(m, id);
        }
      }
      choose();
    }
  }

  /** The chosen entry of mention {@code m} when convincing enough to report, else -1. */
  int accepted(int m) {
    int k = choice[m];
    if (k < 0) {
      return -1;
    }
    int id = cands[m][k];
    double s = total(m, k);
    Mention mention = mentions.get(m);
    if (mention.demonymOf() != null) {
      return id;
    }
    PlaceKind kind = g.kind(id);
    if (kind == PlaceKind.COUNTRY && !fuzzy[m][k]) {
      return id;
    }
    if (kind != PlaceKind.PLACE && !fuzzy[m][k] && !allCaps) {
      return s >= 2.5 ? id : -1;
    }
    if (mention.last() - mention.first() == 1 && mention.level() == Level.NONE
        && factors[m][k][Factor.LOCATIVE.ordinal()] == 0 && factors[m][k][Factor.CHAIN.ordinal()] == 0
        && g.population(id) < (allCaps ? 100_000 : 20_000) && !g.featureCode(id).equals("PPLC")) {
      return -1;
    }
    return s >= (allCaps ? 3.6 : 3.0) ? id : -1;
  }

  /** The {@code limit} best candidates of mention {@code m} with their reasons. */
  List<ScoredCandidate> explained(int m, int limit) {
    Integer[] order = new Integer[cands[m].length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(total(m, b), total(m, a)));
    List<ScoredCandidate> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, order.length); i++) {
      int k = order[i];
      List<String> reasons = new ArrayList<>();
      for (Factor f : Factor.values()) {
        double v = factors[m][k][f.ordinal()];
        if (v != 0) {
          reasons.add(String.format(Locale.ROOT, "%s %+.1f", f.label, v));
        }
      }
      out.add(new ScoredCandidate(g.entry(cands[m][k]), Math.round(total(m, k) * 100) / 100.0, reasons));
    }
    return out;
  }

  private double total(int m, int k) {
    double s = 0;
    for (double v : factors[m][k]) {
      s += v;
    }
    return s;
  }

  private void choose() {
    for (int m = 0; m < mentions.size(); m++) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < cands[m].length; k++) {
        double s = total(m, k);
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      choice[m] = best;
    }
  }

  private double prior(int id) {
    return switch (g.kind(id)) {
      case COUNTRY -> 6.0;
      case ADMIN1 -> 2.5;
      case ADMIN2 -> 2.2;
      case PLACE -> {
        String fc = g.featureCode(id);
        double bonus = switch (fc) {
          case "PPLC" -> 2.0;
          case "PPLG" -> 1.5;
          case "PPLA" -> 0.8;
          case "PPLA2" -> 0.4;
          case "PPLA3", "PPLA4" -> 0.2;
          default -> 0;
        };
        yield 0.45 * Math.log10(g.population(id) + 1.0) + bonus;
      }
    };
  }

  private double level(int id, Level level) {
    PlaceKind kind = g.kind(id);
    return switch (level) {
      case ADMIN1 -> kind == PlaceKind.ADMIN1 ? 3.0 : kind == PlaceKind.PLACE ? -1.5 : 0;
      case DISTRICT -> kind == PlaceKind.ADMIN2 ? 3.0
          : kind == PlaceKind.PLACE ? (g.featureCode(id).startsWith("PPLA") ? 1.0 : 0.3) : -1.0;
      case CITY -> kind == PlaceKind.PLACE ? 1.0 : -2.0;
      case NONE -> 0;
    };
  }

  /**
   * Each mention votes for countries: a country name 3 votes (shared when it names several), a demonym 1, any other mention 1
   * shared over its candidates' countries by their prior. A candidate gets 4 times its country's
   * share of the votes of the other mentions (and the source country's one vote, and
   * {@link #SMOOTHING_VOTES} for no country, so one weak mention cannot decide), less twice the
   * largest share of another country (scaled down while the other mentions have fewer than 3
   * votes) unless it is a country or a place of 100,000 or more people. Only {@code voters}
   * vote: all mentions at first, then those accepted.
   */
  private void countryEvidence(boolean[] voters) {
    int n = mentions.size();
    List<Map<String, Double>> votes = new ArrayList<>(n);
    Map<String, Double> total = new HashMap<>();
    for (int m = 0; m < n; m++) {
      Map<String, Double> v = voters[m] ? votesOf(m) : new HashMap<>();
      votes.add(v);
      v.forEach((cc, w) -> total.merge(cc, w, Double::sum));
    }
    String source = context.sourceCountryCode();
    if (source != null) {
      total.merge(source.toUpperCase(Locale.ROOT), 1.0, Double::sum);
    }
    double sum = total.values().stream().mapToDouble(Double::doubleValue).sum();
    for (int m = 0; m < n; m++) {
      Map<String, Double> own = votes.get(m);
      double ownSum = own.values().stream().mapToDouble(Double::doubleValue).sum();
      double rest = sum - ownSum;
      for (int k = 0; k < cands[m].length; k++) {
        factors[m][k][Factor.COUNTRY.ordinal()] = 0;
      }
      if (rest <= 1e-9) {
        continue;
      }
      rest += SMOOTHING_VOTES;
      String top = null;
      String second = null;
      double topShare = 0;
      double secondShare = 0;
      for (Map.Entry<String, Double> e : total.entrySet()) {
        double share = (e.getValue() - own.getOrDefault(e.getKey(), 0.0)) / rest;
        if (share > topShare) {
          second = top;
          secondShare = topShare;
          top = e.getKey();
          topShare = share;
        } else if (share > secondShare) {
          second = e.getKey();
          secondShare = share;
        }
      }
      for (int k = 0; k < cands[m].length; k++) {
        int id = cands[m][k];
        String cc = g.countryCode(id);
        double w = total.getOrDefault(cc, 0.0) - own.getOrDefault(cc, 0.0);
        double otherShare = cc.equals(top) ? secondShare : topShare;
        double penalty = g.kind(id) == PlaceKind.COUNTRY || g.population(id) >= 100_000 ? 0
            : 2.0 * otherShare * Math.min(1.0, rest / 3.0);
        factors[m][k][Factor.COUNTRY.ordinal()] = 4.0 * w / rest - penalty;
      }
    }
  }

  private Map<String, Double> votesOf(int m) {
    Map<String, Double> v = new HashMap<>();
    Mention mention = mentions.get(m);
    if (mention.demonymOf() != null) {
      v.put(mention.demonymOf(), 1.0);
      return v;
    }
    int countries = 0;
    for (int k = 0; k < cands[m].length; k++) {
      if (g.kind(cands[m][k]) == PlaceKind.COUNTRY && !fuzzy[m][k]) {
        countries++;
      }
    }
    if (countries > 0) {
      for (int k = 0; k < cands[m].length; k++) {
        if (g.kind(cands[m][k]) == PlaceKind.COUNTRY && !fuzzy[m][k]) {
          v.put(g.countryCode(cands[m][k]), 3.0 / countries);
        }
      }
      return v;
    }
    double z = 0;
    for (int k = 0; k < cands[m].length; k++) {
      z += Math.exp(prior(cands[m][k]));
    }
    for (int k = 0; k < cands[m].length; k++) {
      v.merge(g.countryCode(cands[m][k]), Math.exp(prior(cands[m][k])) / z, Double::sum);
    }
    return v;
  }

  /** +4 when the next or previous mention, joined only by commas or "in", contains or is inside it. */
  private double chain(int m, int id) {
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

  /** +2.5 inside a province another mention resolved to; +1 for a province holding another's place. */
  private double adminEvidence(int m, int id) {
    double bonus = 0;
    for (int o = 0; o < mentions.size(); o++) {
      if (!related[m][o] || choice[o] < 0) {
        continue;
      }
      int other = cands[o][choice[o]];
      if (g.kind(other) == PlaceKind.ADMIN1 && g.kind(id) == PlaceKind.PLACE
          && g.countryCode(other).equals(g.countryCode(id)) && g.admin1Code(other).equals(g.admin1Code(id))) {
        bonus = Math.max(bonus, 2.5);
      } else if (g.kind(id) == PlaceKind.ADMIN1 && g.kind(other) == PlaceKind.PLACE
          && g.countryCode(other).equals(g.countryCode(id)) && g.admin1Code(other).equals(g.admin1Code(id))) {
        bonus = Math.max(bonus, 1.0);
      }
    }
    return bonus;
  }

  /** +1.5 within 50 km of another mention's place, +0.8 within 200 km. */
  private double nearby(int m, int id) {
    if (g.kind(id) == PlaceKind.COUNTRY) {
      return 0;
    }
    double best = 0;
    for (int o = 0; o < mentions.size(); o++) {
      if (!related[m][o] || choice[o] < 0) {
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

  /** Keeps a mention's best {@link #MAX_CANDIDATES} candidates by prior, with their fuzzy flags. */
  private void bound(int m, Mention mention) {
    int n = mention.candidateCount();
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    if (n > MAX_CANDIDATES) {
      Arrays.sort(order, (a, b) -> Double.compare(prior(mention.candidate(b)), prior(mention.candidate(a))));
    }
    int kept = Math.min(n, MAX_CANDIDATES);
    cands[m] = new int[kept];
    fuzzy[m] = new boolean[kept];
    for (int k = 0; k < kept; k++) {
      cands[m][k] = mention.candidate(order[k]);
      fuzzy[m][k] = mention.fuzzy(order[k]);
    }
  }

}
