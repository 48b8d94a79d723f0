package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores every candidate entry of every mention of one text, as a sum of named factors:
 * population and feature-type prior, a level word ("province"), how the spelling matched, the
 * countries the rest of the text points to, the admin chain written out ("Daquq district,
 * Kirkuk, Iraq"), provinces named elsewhere, other places nearby, the source country and a
 * locative preposition. What depends on the text alone is read from its {@link ScoringBasis}.
 * Single use: one instance per text and context, not thread-safe.
 */
final class CandidateScorer {

  private static final int COUNTRY = ScoreFactor.COUNTRY.ordinal();
  private static final int CHAIN = ScoreFactor.CHAIN.ordinal();
  private static final int LOCATIVE = ScoreFactor.LOCATIVE.ordinal();
  private static final int ADMIN = ScoreFactor.ADMIN.ordinal();
  private static final int NEARBY = ScoreFactor.NEARBY.ordinal();

  private final Gazetteer g;
  private final ScoringBasis basis;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final GeoContext context;
  private final boolean allCaps;
  private final int[][] cands;
  private final boolean[][] fuzzy;
  private final boolean[][] alternate;
  private final double[][][] factors;
  /** The sum of each candidate's factors, kept with them: {@link #choose} reads it for every candidate, several times a text. */
  private final double[][] totals;
  private final int[] choice;
  private final ContextEvidence evidence;

  /** A scorer of the mentions of {@code basis} under {@code context}; the basis is read, never changed. */
  CandidateScorer(Gazetteer g, ScoringBasis basis, GeoContext context) {
    this.g = g;
    this.basis = basis;
    this.tokens = basis.tokens;
    this.mentions = basis.mentions;
    this.context = context;
    this.allCaps = basis.allCaps;
    this.cands = basis.cands;
    this.fuzzy = basis.fuzzy;
    this.alternate = basis.alternate;
    int n = mentions.size();
    factors = basis.factors();
    totals = new double[n][];
    choice = new int[n];
    for (int m = 0; m < n; m++) {
      totals[m] = new double[cands[m].length];
    }
    evidence = new ContextEvidence(mentions, basis.facts);
  }

  void score() {
    String source = context.sourceCountryCode() == null ? "" : context.sourceCountryCode();
    for (int m = 0; m < mentions.size(); m++) {
      for (int k = 0; k < cands[m].length; k++) {
        factors[m][k][ScoreFactor.SOURCE.ordinal()] = basis.facts.countries[m][k].equalsIgnoreCase(source) ? 0.5 : 0;
      }
    }
    boolean[] voters = new boolean[mentions.size()];
    java.util.Arrays.fill(voters, true);
    setCountryFactors(basis.votes, voters);
    choose();
    contextPasses(2);
    for (int m = 0; m < mentions.size(); m++) {
      voters[m] = accepted(m) >= 0;
    }
    setCountryFactors(basis.votes, voters);
    choose();
    contextPasses(2);
  }

  private void setCountryFactors(CountryVotes votes, boolean[] voters) {
    double[][] country = votes.factors(voters, context);
    for (int m = 0; m < mentions.size(); m++) {
      for (int k = 0; k < cands[m].length; k++) {
        factors[m][k][COUNTRY] = country[m][k];
        totals[m][k] = sum(factors[m][k]); // every factor set: the fixed ones come first
      }
    }
  }

  /** Re-scores the factors that depend on the other mentions' current choices. */
  private void contextPasses(int passes) {
    for (int pass = 0; pass < passes; pass++) {
      evidence.lend(choice);
      for (int m = 0; m < mentions.size(); m++) {
        if (evidence.lendersUnchanged(m)) {
          continue; // its factors and totals stand: most choices settle after a pass or two
        }
        int same = evidence.sameAs(m); // scored just before, in this pass: it lends as this one would
        for (int k = 0; k < cands[m].length; k++) {
          double[] f = factors[m][k];
          f[CHAIN] = evidence.chain(m, k);
          f[ADMIN] = same >= 0 ? factors[same][k][ADMIN] : evidence.adminEvidence(m, k);
          f[NEARBY] = same >= 0 ? factors[same][k][NEARBY] : evidence.nearby(m, k);
          totals[m][k] = sum(f);
        }
      }
      choose();
    }
  }

  /** Least total score to report a place (mixed-case text). */
  static final double ACCEPT = 3.0;

  /** Least total score to report a place in all-caps text, where every word looks like a name. */
  static final double ACCEPT_ALL_CAPS = 3.6;

  /** Population under which a place in all-caps text needs a level word or an admin chain. */
  static final long VILLAGE = 1_000;

  /** Least total score to report an admin area named exactly, in mixed-case text. */
  static final double ACCEPT_ADMIN = 2.5;

  /**
   * The chosen entry of mention {@code m} when convincing enough to report, else -1. Demonyms
   * and exactly named countries always are; an admin area named by directions alone ("Eastern
   * Region", "Southern Province") only in a country the text already points to or in an admin
   * chain ("Eshkol, Southern, Israel"); an exactly named admin area in mixed-case text needs
   * {@link #ACCEPT_ADMIN}; a one-word name of a place under 20,000 people (100,000 in
   * all-caps text), not a capital, needs a locative word, a level word or an admin chain; then
   * the total must reach {@link #ACCEPT} ({@link #ACCEPT_ALL_CAPS} in all-caps text).
   */
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
    if (kind == PlaceKind.ADMIN1 && WordLists.onlyDirections(tokens, mention.first(), mention.last())
        && factors[m][k][COUNTRY] < 1.0 && factors[m][k][CHAIN] <= 0) {
      return -1;
    }
    if (kind != PlaceKind.PLACE && !fuzzy[m][k] && !allCaps) {
      return s >= ACCEPT_ADMIN ? id : -1;
    }
    boolean weakSpelling = allCaps && (fuzzy[m][k] || alternate[m][k]);
    if (allCaps && kind == PlaceKind.PLACE && g.population(id) < VILLAGE && mention.level() == Level.NONE
        && factors[m][k][CHAIN] <= 0) {
      return -1; // in capitals every word looks like a name, and hamlets are named after common words
    }
    if (mention.last() - mention.first() == 1 && mention.level() == Level.NONE
        && factors[m][k][LOCATIVE] == 0 && factors[m][k][CHAIN] <= 0
        && (weakSpelling || g.population(id) < (allCaps ? 100_000 : 20_000) && !g.featureCode(id).equals("PPLC"))) {
      return -1;
    }
    return s >= (allCaps ? ACCEPT_ALL_CAPS : ACCEPT) ? id : -1;
  }

  /** The country-evidence factor of entry {@code id} as a candidate of mention {@code m} (0 when not one). */
  double countryEvidence(int m, int id) {
    for (int k = 0; k < cands[m].length; k++) {
      if (cands[m][k] == id) {
        return factors[m][k][COUNTRY];
      }
    }
    return 0;
  }

  /** The best-scoring candidate of mention {@code m} that {@code ok} accepts, or -1. */
  int bestWhere(int m, java.util.function.IntPredicate ok) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cands[m].length; k++) {
      double s = total(m, k);
      if (ok.test(cands[m][k]) && s > bestScore) {
        best = cands[m][k];
        bestScore = s;
      }
    }
    return best;
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
      for (ScoreFactor f : ScoreFactor.values()) {
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
    return totals[m][k];
  }

  private static double sum(double[] f) {
    double s = 0;
    for (double v : f) {
      s += v;
    }
    return s;
  }

  private void choose() {
    for (int m = 0; m < mentions.size(); m++) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      double[] t = totals[m];
      for (int k = 0; k < t.length; k++) {
        double s = t[k];
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      choice[m] = best;
    }
  }
}
