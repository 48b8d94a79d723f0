package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The countries a text points to, as evidence for each mention's candidates. Each mention's votes
 * do not depend on the context, which is given with the voters: counted once per read text and
 * shared by the scorers of every context. Immutable after construction.
 */
final class CountryVotes {

  /** Votes for no country added to every share's denominator. */
  static final double SMOOTHING_VOTES = 0.5;

  private final Gazetteer g;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final int[][] cands;
  private final boolean[][] fuzzy;
  private final PlaceKind[][] kinds;
  /** Each mention's votes and their sum, which do not depend on who votes: counted once for both rounds. */
  private final List<Map<String, Double>> votes;
  private final double[] voteSums;
  /** Each candidate's country, and whether it is spared the penalty (a country, or 100,000 people or more). */
  private final String[][] countries;
  private final boolean[][] unpenalised;
  /**
   * The text's candidates' countries, each once, and each candidate's by its number there: a
   * country's votes are looked up once per count, not once per candidate of it; with each
   * candidate's own mention's vote for its country (0 for none), which the mention takes back from
   * the count when it votes.
   */
  private final String[] named;
  private final int[][] countryNumbers;
  private final double[][] ownVotes;

  /**
   * The votes of {@code mentions}, whose candidates' {@code facts} are read, the fuzzy matches
   * among them marked in {@code fuzzy}, their {@link Priors#prior}s in {@code priors}.
   */
  CountryVotes(Gazetteer g, List<Token> tokens, List<Mention> mentions, CandidateFacts facts, boolean[][] fuzzy,
      double[][] priors) {
    this.g = g;
    this.tokens = tokens;
    this.mentions = mentions;
    this.cands = facts.cands;
    this.fuzzy = fuzzy;
    this.kinds = facts.kinds;
    this.countries = facts.countries;
    int n = mentions.size();
    votes = new ArrayList<>(n);
    voteSums = new double[n];
    unpenalised = new boolean[n][];
    countryNumbers = new int[n][];
    ownVotes = new double[n][];
    Map<String, Integer> numbers = new HashMap<>();
    for (int m = 0; m < n; m++) {
      unpenalised[m] = new boolean[cands[m].length];
      countryNumbers[m] = new int[cands[m].length];
      ownVotes[m] = new double[cands[m].length];
      Map<String, Double> v = votesOf(m, priors[m]);
      for (int k = 0; k < cands[m].length; k++) {
        unpenalised[m][k] = kinds[m][k] == PlaceKind.COUNTRY || g.population(cands[m][k]) >= 100_000;
        Integer known = numbers.putIfAbsent(countries[m][k], numbers.size());
        countryNumbers[m][k] = known != null ? known : numbers.size() - 1;
        ownVotes[m][k] = v.getOrDefault(countries[m][k], 0.0);
      }
      votes.add(v);
      voteSums[m] = sum(v.values());
    }
    named = new String[numbers.size()];
    numbers.forEach((cc, number) -> named[number] = cc);
  }

  /**
   * The sum of {@code values} as {@link java.util.stream.DoubleStream#sum} gives it (compensated
   * summation, in iteration order), to the last bit, without a stream made for a handful of values.
   */
  static double sum(Iterable<Double> values) {
    double sum = 0;
    double compensation = 0;
    double simple = 0;
    for (double v : values) {
      double y = v - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
      simple += v;
    }
    double out = sum - compensation;
    return Double.isNaN(out) && Double.isInfinite(simple) ? simple : out;
  }

  /**
   * The country factor of every candidate of every mention, given which mentions vote. Each
   * mention votes for countries: a country name 3 votes (shared when it names several), a
   * demonym 0.5 (a force's none: "Kenyan troops"), any other mention 1 shared over its candidates'
   * countries by their prior. A candidate gets 4 times its country's share of the votes of the other mentions (and the
   * source country's one vote, the actors' countries' votes, and {@link #SMOOTHING_VOTES} for
   * no country, so one weak mention cannot decide), less twice the largest share of another
   * country (scaled down while the other mentions have fewer than 3 votes) unless it is a
   * country or a place of 100,000 or more people. Only {@code voters} vote: all mentions at
   * first, then those accepted. The source country and the actors' countries are those of {@code context}.
   */
  double[][] factors(boolean[] voters, GeoContext context) {
    double[][] out = new double[mentions.size()][];
    int n = mentions.size();
    Map<String, Double> none = Map.of();
    Map<String, Double> total = new HashMap<>();
    for (int m = 0; m < n; m++) {
      if (voters[m]) {
        votes.get(m).forEach((cc, w) -> total.merge(cc, w, Double::sum));
      }
    }
    String source = context.sourceCountryCode();
    if (source != null) {
      total.merge(source.toUpperCase(Locale.ROOT), 1.0, Double::sum);
    }
    context.actorCountries().forEach((cc, w) -> total.merge(cc.toUpperCase(Locale.ROOT), w, Double::sum));
    double sum = sum(total.values());
    // the countries by votes, most first: a mention's two largest shares of the rest are among its
    // own countries and the first two others, without reading every country for every mention
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(total.entrySet());
    ranked.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
    double[] counted = new double[named.length];
    for (int c = 0; c < named.length; c++) {
      counted[c] = total.getOrDefault(named[c], 0.0);
    }
    for (int m = 0; m < n; m++) {
      Map<String, Double> own = voters[m] ? votes.get(m) : none;
      double rest = sum - (voters[m] ? voteSums[m] : 0);
      out[m] = new double[cands[m].length];
      if (rest <= 1e-9) {
        continue;
      }
      rest += SMOOTHING_VOTES;
      Shares shares = new Shares();
      for (Map.Entry<String, Double> e : own.entrySet()) {
        shares.offer(e.getKey(), (total.get(e.getKey()) - e.getValue()) / rest);
      }
      for (int i = 0, others = 0; i < ranked.size() && others < 2; i++) {
        Map.Entry<String, Double> e = ranked.get(i);
        if (!own.containsKey(e.getKey())) {
          shares.offer(e.getKey(), e.getValue() / rest);
          others++;
        }
      }
      for (int k = 0; k < cands[m].length; k++) {
        String cc = countries[m][k];
        double w = counted[countryNumbers[m][k]] - (voters[m] ? ownVotes[m][k] : 0.0);
        double otherShare = cc.equals(shares.top) ? shares.secondShare : shares.topShare;
        double penalty = unpenalised[m][k] ? 0 : 2.0 * otherShare * Math.min(1.0, rest / 3.0);
        out[m][k] = 4.0 * w / rest - penalty;
      }
    }
    return out;
  }

  /**
   * The two largest positive shares offered and the country of the largest. As values they do
   * not depend on the order of the offers; of equal largest shares either country is the top,
   * and the other share is then the same.
   */
  private static final class Shares {
    private @Nullable String top;
    private double topShare;
    private double secondShare;

    void offer(String cc, double share) {
      if (share > topShare) {
        secondShare = topShare;
        top = cc;
        topShare = share;
      } else if (share > secondShare) {
        secondShare = share;
      }
    }
  }

  private Map<String, Double> votesOf(int m, double[] priors) {
    Map<String, Double> v = new HashMap<>();
    Mention mention = mentions.get(m);
    if (mention.demonymOf() != null) {
      if (!forces(mention)) {
        v.put(mention.demonymOf(), 0.5);
      }
      return v;
    }
    int named = 0;
    for (int k = 0; k < cands[m].length; k++) {
      if (kinds[m][k] == PlaceKind.COUNTRY && !fuzzy[m][k]) {
        named++;
      }
    }
    if (named > 0) {
      for (int k = 0; k < cands[m].length; k++) {
        if (kinds[m][k] == PlaceKind.COUNTRY && !fuzzy[m][k]) {
          v.put(countries[m][k], 3.0 / named);
        }
      }
      return v;
    }
    double z = 0;
    double[] weight = new double[cands[m].length]; // each prior read and raised once
    for (int k = 0; k < cands[m].length; k++) {
      weight[k] = Math.exp(priors[k]);
      z += weight[k];
    }
    for (int k = 0; k < cands[m].length; k++) {
      v.merge(countries[m][k], weight[k] / z, Double::sum);
    }
    return v;
  }

  /** "Kenyan troops struck near Jilib": the demonym of a force, which casts no vote. */
  private boolean forces(Mention m) {
    return m.last() < tokens.size() && WordLists.FORCES.contains(tokens.get(m.last()).norm())
        && tokens.get(m.last()).sentence() == tokens.get(m.last() - 1).sentence();
  }
}
