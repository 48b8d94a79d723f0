package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A toll a report gives for several attacks together ("twenty soldiers were killed across the
 * attacks", "across both attacks", "in the attacks") when the report tells of one of them ("This
 * was one of five related attacks"): the incident's share is the total divided evenly among the
 * attacks, about that many, as the GTD codebook divides an aggregate toll. A toll the report gives
 * for its own attack, or a report that does not say its attack is one of several, is untouched.
 * Thread-safe.
 */
final class SharedTolls {

  /** Plural nouns of attacks that a toll may be given across. */
  private static final Set<String> ATTACKS = Set.of("attacks", "incidents", "clashes", "blasts", "assaults",
      "bombings", "explosions", "raids", "strikes", "ambushes", "shootings");
  /** Words between "one of" and the number of attacks, or between the number and "attacks". */
  private static final Set<String> BETWEEN = Set.of("at", "least", "the", "related", "coordinated", "similar",
      "separate", "simultaneous", "ensuing", "all", "of");

  private SharedTolls() {}

  /** {@code figures} with every figure of a shared toll replaced by this incident's share. */
  static List<CasualtyRules.Figure> divide(Doc doc, List<CasualtyRules.Figure> figures) {
    List<CasualtyRules.Figure> out = new ArrayList<>(figures.size());
    int attacks = -1; // found once, when a figure needs it
    for (CasualtyRules.Figure f : figures) {
      int across = across(doc, f.sentence());
      if (across != 0 && attacks < 0) {
        attacks = oneOf(doc);
      }
      // only a report that tells of one attack among several: twin bombings told as one keep their toll
      int n = attacks < 2 || across == 0 ? 0 : across > 1 ? across : attacks;
      if (n < 2 || f.toll()) {
        out.add(f);
        continue;
      }
      int share = (int) Math.round(f.count().value() / (double) n);
      out.add(f.withCount(new Count(share, f.count().value() % n == 0 ? f.count().qualifier() : Qualifier.ABOUT)));
    }
    return out;
  }

  /**
   * How many attacks the sentence's toll is given across: the number it names ("across the three
   * attacks", "across both attacks"), -1 when it names none ("across the attacks", "in the
   * attacks"), 0 when the toll is not shared.
   */
  private static int across(Doc doc, int sentence) {
    int a = doc.sentenceFirst(sentence);
    int b = doc.sentenceEnd(sentence);
    for (int i = a; i < b; i++) {
      String k = doc.key(i);
      if (!k.equals("across") && !(k.equals("in") && (doc.key(i + 1).equals("the") || doc.key(i + 1).equals("both")))) {
        continue;
      }
      int n = -1;
      for (int j = i + 1; j < b && j <= i + 5; j++) {
        String w = doc.key(j);
        if (ATTACKS.contains(w)) {
          return n;
        }
        if (w.equals("both")) {
          n = 2;
        } else if (!doc.numbersIn(j, j + 1).isEmpty()) {
          n = doc.numbersIn(j, j + 1).get(0).count().value();
        } else if (!BETWEEN.contains(w)) {
          break;
        }
      }
    }
    return 0;
  }

  /** The number of attacks in "This was one of five related attacks", else 0. */
  private static int oneOf(Doc doc) {
    for (int i = 0; i + 3 < doc.tokens.size(); i++) {
      if (!doc.key(i).equals("one") || !doc.key(i + 1).equals("of")) {
        continue;
      }
      int n = 0;
      for (int j = i + 2; j < doc.tokens.size() && j <= i + 8; j++) {
        String w = doc.key(j);
        if (ATTACKS.contains(w)) {
          return n;
        }
        List<NumberPhrase> num = doc.numbersIn(j, j + 1);
        if (!num.isEmpty() && n == 0) {
          n = num.get(0).count().value();
          j = num.get(0).end() - 1;
        } else if (!BETWEEN.contains(w)) {
          break;
        }
      }
    }
    return 0;
  }
}
