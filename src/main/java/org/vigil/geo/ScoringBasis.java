package org.vigil.geo;

import java.util.Arrays;
import java.util.List;

/**
 * What scoring one text's mentions reads that does not depend on the {@link GeoContext}: each
 * mention's candidates (its best {@link #MAX_CANDIDATES} by prior) with how they were spelt, the
 * factors that depend on the text alone (prior, level word, spelling, locative word, the only
 * place of its name), the candidates' {@link CandidateFacts} and each mention's
 * {@link CountryVotes}. Made once per read text, so that a text resolved again under its actors'
 * countries is not set up again; each {@link CandidateScorer} copies the factors it changes.
 * Immutable after construction (callers must not modify the arrays).
 */
final class ScoringBasis {

  /** Most candidates weighed per mention (the best by prior are kept). */
  static final int MAX_CANDIDATES = 100;

  final String text;
  final List<Token> tokens;
  final List<Mention> mentions;
  final boolean allCaps;
  final int[][] cands;
  final boolean[][] fuzzy;
  final boolean[][] alternate;
  final CandidateFacts facts;
  final CountryVotes votes;
  /** Per candidate, its {@link ScoreFactor}s with those that depend on the text alone set, the others 0. */
  private final double[][][] fixed;

  ScoringBasis(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions, boolean allCaps) {
    this.text = text;
    this.tokens = tokens;
    this.mentions = mentions;
    this.allCaps = allCaps;
    int n = mentions.size();
    cands = new int[n][];
    fuzzy = new boolean[n][];
    alternate = new boolean[n][];
    for (int m = 0; m < n; m++) {
      bound(g, m, mentions.get(m));
    }
    facts = new CandidateFacts(g, text, tokens, mentions, cands);
    fixed = new double[n][][];
    double[][] priors = new double[n][];
    for (int m = 0; m < n; m++) {
      Mention mention = mentions.get(m);
      boolean locative = WordLists.locativeBefore(tokens, mention.first(), mention.last()) || isDateline(mention);
      boolean one = !allCaps && Priors.onePlace(g, cands[m], Priors.standsAlone(tokens, mention.last()));
      fixed[m] = new double[cands[m].length][ScoreFactor.COUNT];
      priors[m] = new double[cands[m].length];
      for (int k = 0; k < cands[m].length; k++) {
        int id = cands[m][k];
        double[] f = fixed[m][k];
        priors[m][k] = Priors.prior(g, id);
        f[ScoreFactor.PRIOR.ordinal()] = priors[m][k];
        f[ScoreFactor.LEVEL.ordinal()] = Priors.level(g, id, mention.level());
        f[ScoreFactor.SPELLING.ordinal()] = fuzzy[m][k] ? -1.0 : alternate[m][k] ? -0.5 : 0;
        f[ScoreFactor.LOCATIVE.ordinal()] = locative && facts.kinds[m][k] != PlaceKind.COUNTRY ? 0.7 : 0;
        f[ScoreFactor.UNIQUE.ordinal()] = one && !fuzzy[m][k] ? 0.5 : 0;
      }
    }
    votes = new CountryVotes(g, tokens, mentions, facts, fuzzy, priors);
  }

  /** A fresh copy of the factors of every candidate, by mention and candidate: those of the text alone set, the others 0. */
  double[][][] factors() {
    double[][][] out = new double[fixed.length][][];
    for (int m = 0; m < fixed.length; m++) {
      out[m] = new double[fixed[m].length][];
      for (int k = 0; k < fixed[m].length; k++) {
        out[m][k] = fixed[m][k].clone();
      }
    }
    return out;
  }

  /** "OSORNO, 18 JAN 89 --": the first words of the text, then a comma or a parenthesis. */
  private boolean isDateline(Mention mention) {
    if (mention.first() != 0 || mention.last() >= tokens.size()) {
      return false;
    }
    int end = tokens.get(mention.last() - 1).end();
    int next = tokens.get(mention.last()).start();
    String gap = text.substring(end, next).strip();
    return gap.startsWith(",") || gap.startsWith("(");
  }

  /** Keeps a mention's best {@link #MAX_CANDIDATES} candidates by prior, with their spelling flags. */
  private void bound(Gazetteer g, int m, Mention mention) {
    int n = mention.candidateCount();
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    if (n > MAX_CANDIDATES) {
      double[] prior = new double[n]; // each read once, not once per comparison
      for (int k = 0; k < n; k++) {
        prior[k] = Priors.prior(g, mention.candidate(k));
      }
      Arrays.sort(order, (a, b) -> Double.compare(prior[b], prior[a]));
    }
    int kept = Math.min(n, MAX_CANDIDATES);
    cands[m] = new int[kept];
    fuzzy[m] = new boolean[kept];
    alternate[m] = new boolean[kept];
    for (int k = 0; k < kept; k++) {
      cands[m][k] = mention.candidate(order[k]);
      fuzzy[m][k] = mention.fuzzy(order[k]);
      alternate[m][k] = mention.alternate(order[k]);
    }
  }
}
