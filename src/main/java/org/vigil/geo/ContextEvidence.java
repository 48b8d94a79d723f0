package org.vigil.geo;

import java.util.List;
import org.jspecify.annotations.Nullable;

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

  private final List<Mention> mentions;
  private final int[][] cands;
  /** The text's {@link CandidateFacts}, by their names there: shared, never written. */
  private final int[] words;
  private final boolean[] demonyms;
  private final PlaceKind[][] kinds;
  private final String[][] countries;
  private final String[][] admin1s;
  private final double[][] lats;
  private final double[][] lons;
  private final double[][] chains;
  /** Per mention, the first mention before it whose {@link #adminEvidence} and {@link #nearby} are its own, or -1. */
  private final int[] sameAs;
  /**
   * The mentions that chose a place ({@link #PLACE_LENDERS}), a province or anything but a
   * country, in text order, as pairs of mention and candidate, under the choices last {@link #lend
   * lent}; below[list][m] counts those before mention m. One list per pass serves all mentions.
   */
  private final int[][] lenders = new int[3][];
  private final int[][] below = new int[3][];
  /** The choices lent before the last {@link #lend} (null before the first), and how many changed before each mention. */
  private int @Nullable [] previous;
  private final int[] changedBelow;
  /**
   * The lenders of the window of lenders {@link #neighboursFrom} to {@link #neighboursTo} (-1 for
   * none) by latitude, for {@link #nearby}: mentions with the same window share them.
   */
  private final Neighbours neighbours = new Neighbours();
  private int neighboursFrom = -1;
  private int neighboursTo = -1;
  /** Candidates of a mention above which its neighbours are sorted (a sort costs a few scans). */
  private static final int SORTED_NEIGHBOURS = 8;
  private static final int PLACE_LENDERS = 0;
  private static final int ADMIN1_LENDERS = 1;
  private static final int NEAR_LENDERS = 2;

  /** Evidence among {@code mentions}, whose candidates' facts are {@code facts}, before any choice is lent. */
  ContextEvidence(List<Mention> mentions, CandidateFacts facts) {
    this.mentions = mentions;
    this.cands = facts.cands;
    this.words = facts.words;
    this.demonyms = facts.demonyms;
    this.kinds = facts.kinds;
    this.countries = facts.countries;
    this.admin1s = facts.admin1s;
    this.lats = facts.lats;
    this.lons = facts.lons;
    this.chains = facts.chains;
    int n = mentions.size();
    for (int list = 0; list < 3; list++) {
      lenders[list] = new int[2 * n];
      below[list] = new int[n + 1];
    }
    changedBelow = new int[n + 1];
    sameAs = new int[n];
    java.util.Map<Integer, Integer> firstOfWords = new java.util.HashMap<>();
    for (int m = 0; m < n; m++) {
      Integer o = firstOfWords.putIfAbsent(words[m], m);
      boolean same = o != null && from(o) == from(m) && to(o) == to(m) && java.util.Arrays.equals(cands[o], cands[m]);
      sameAs[m] = same ? o : -1;
    }
  }

  /**
   * The first mention before {@code m} whose {@link #adminEvidence} and {@link #nearby} are those
   * of {@code m}, candidate by candidate, under any choices, or -1: one of the same words and the
   * same candidates, whose window is the same (in a text of up to {@link #WINDOW} + 1 mentions,
   * every mention's). Its window being the same, it is skipped when {@code m} is
   * ({@link #lendersUnchanged}). A name written again is scored once.
   */
  int sameAs(int m) {
    return sameAs[m];
  }

  private static int from(int m) {
    return Math.max(0, m - WINDOW);
  }

  private int to(int m) {
    return Math.min(mentions.size(), m + WINDOW + 1);
  }

  private boolean related(int m, int o) {
    return !demonyms[o] && words[o] != words[m];
  }

  /**
   * +4 when the next or previous mention, joined only by commas or "in", contains candidate
   * {@code k} of mention {@code m} or is inside it; {@link ChainBonuses#CHAIN_ABROAD} less when the next
   * mention is a province or country of other countries only.
   */
  double chain(int m, int k) {
    return chains[m][k];
  }

  /** Takes the mentions' current choices (a candidate index per mention, -1 for none) for {@link #adminEvidence} and {@link #nearby}. */
  void lend(int[] choice) {
    int[] count = new int[3];
    for (int o = 0; o < mentions.size(); o++) {
      for (int list = 0; list < 3; list++) {
        below[list][o] = count[list];
      }
      int c = choice[o];
      if (c < 0) {
        continue;
      }
      PlaceKind kind = kinds[o][c];
      if (kind == PlaceKind.PLACE) {
        add(PLACE_LENDERS, count, o, c);
      } else if (kind == PlaceKind.ADMIN1) {
        add(ADMIN1_LENDERS, count, o, c);
      }
      if (kind != PlaceKind.COUNTRY) {
        add(NEAR_LENDERS, count, o, c);
      }
    }
    for (int list = 0; list < 3; list++) {
      below[list][mentions.size()] = count[list];
    }
    for (int o = 0; o < mentions.size(); o++) {
      changedBelow[o + 1] = changedBelow[o] + (previous == null || previous[o] != choice[o] ? 1 : 0);
    }
    previous = choice.clone();
    neighboursFrom = -1;
  }

  /**
   * Whether the mentions that may lend to mention {@code m} chose as they did at the previous
   * {@link #lend}: then its {@link #adminEvidence} and {@link #nearby} are unchanged.
   */
  boolean lendersUnchanged(int m) {
    return changedBelow[to(m)] == changedBelow[from(m)];
  }

  private void add(int list, int[] count, int o, int c) {
    lenders[list][2 * count[list]] = o;
    lenders[list][2 * count[list] + 1] = c;
    count[list]++;
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
    int[] lent = lenders[list];
    for (int i = below[list][from(m)], n = below[list][to(m)]; i < n; i++) {
      int o = lent[2 * i];
      int c = lent[2 * i + 1];
      if (related(m, o) && countries[o][c].equals(cc) && admin1s[o][c].equals(a1)) {
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
    int first = below[NEAR_LENDERS][from(m)];
    int end = below[NEAR_LENDERS][to(m)];
    if (first != neighboursFrom || end != neighboursTo) { // asked candidate after candidate, mention after mention
      neighboursFrom = first;
      neighboursTo = end;
      int[] lent = lenders[NEAR_LENDERS];
      neighbours.clear(end - first);
      for (int i = first; i < end; i++) {
        int o = lent[2 * i];
        int c = lent[2 * i + 1];
        if (!demonyms[o]) { // the rest of related(m, o): words differ, asked of each place in bonus
          neighbours.add(cands[o][c], lats[o][c], lons[o][c], words[o]);
        }
      }
    }
    if (cands[m].length > SORTED_NEIGHBOURS && !neighbours.sorted()) {
      neighbours.sort(); // and sorted for the next mentions of the window
    }
    return neighbours.bonus(cands[m][k], words[m], lats[m][k], lons[m][k]);
  }
}
