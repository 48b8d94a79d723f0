package org.vigil.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The countries a text points to, as evidence for each mention's candidates. Single use, for
 * one {@link CandidateScorer}.
 */
final class CountryVotes {

  /** Votes for no country added to every share's denominator. */
  static final double SMOOTHING_VOTES = 0.5;

  private final Gazetteer g;
  private final List<Mention> mentions;
  private final GeoContext context;
  private final int[][] cands;
  private final boolean[][] fuzzy;

  CountryVotes(Gazetteer g, List<Mention> mentions, GeoContext context, int[][] cands,
      boolean[][] fuzzy) {
    this.g = g;
    this.mentions = mentions;
    this.context = context;
    this.cands = cands;
    this.fuzzy = fuzzy;
  }

  /**
   * Each mention votes for countries: a country name 3 votes (shared when it names several), a demonym 0.5, any other mention 1
   * shared over its candidates' countries by their prior. A candidate gets 4 times its country's
   * share of the votes of the other mentions (and the source country's one vote, the actors' countries' votes, and
   * {@link #SMOOTHING_VOTES} for no country, so one weak mention cannot decide), less twice the
   * largest share of another country (scaled down while the other mentions have fewer than 3
   * votes) unless it is a country or a place of 100,000 or more people. Only {@code voters}
   * vote: all mentions at first, then those accepted.
   */
  /** The country factor of every candidate of every mention, given which mentions vote. */
  double[][] factors(boolean[] voters) {
    double[][] out = new double[mentions.size()][];
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
    context.actorCountries().forEach((cc, w) -> total.merge(cc.toUpperCase(Locale.ROOT), w, Double::sum));
    double sum = total.values().stream().mapToDouble(Double::doubleValue).sum();
    for (int m = 0; m < n; m++) {
      Map<String, Double> own = votes.get(m);
      double ownSum = own.values().stream().mapToDouble(Double::doubleValue).sum();
      double rest = sum - ownSum;
      out[m] = new double[cands[m].length];
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
        out[m][k] = 4.0 * w / rest - penalty;
      }
    }
    return out;
  }

  private Map<String, Double> votesOf(int m) {
    Map<String, Double> v = new HashMap<>();
    Mention mention = mentions.get(m);
    if (mention.demonymOf() != null) {
      v.put(mention.demonymOf(), 0.5);
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
      z += Math.exp(Priors.prior(g, cands[m][k]));
    }
    for (int k = 0; k < cands[m].length; k++) {
      v.merge(g.countryCode(cands[m][k]), Math.exp(Priors.prior(g, cands[m][k])) / z, Double::sum);
    }
    return v;
  }
}
