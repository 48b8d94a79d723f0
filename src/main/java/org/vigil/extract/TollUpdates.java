package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.WordSet;

/**
 * Death tolls as follow-up reports state them. A total: "the death toll from Tuesday's car
 * bombing has risen to 19", "raising the toll to 13", "the toll now stands at 40", "the number
 * of dead climbed to 25" (the figure after the update verb, wherever it stands in the
 * sentence). An increase over an earlier toll: "three more bodies were found", "another two
 * died", "a wounded man died in hospital", "two of the injured succumbed to their wounds".
 * Thread-safe.
 */
final class TollUpdates {

  /** Words after which a number is the toll itself ("risen to 19", "stands at 40", "a toll of 12"). */
  private static final Set<String> BEFORE_TOTAL = WordSet.of("to", "at", "of", "is", "was", "reached", "hit", "now",
      "topped", "passed", "exceeded", "stands", "stood");
  /** Longest distance from "toll" to its figure, in tokens. */
  private static final int TOLL_REACH = 30;
  /** Tokens a number may follow "toll" without an update verb ("a toll of 12", "toll: 12"). */
  private static final int NEAR = 5;
  private static final Set<String> DEATH = WordSet.of("died", "dies", "die", "succumbed", "succumbs");
  private static final Set<String> HURT = WordSet.of("wounded", "injured", "hurt");
  /** Tokens back from "died" that its subject may start ("a man wounded in Saturday's bombing of the market died"). */
  private static final int SUBJECT_REACH = 24;

  private TollUpdates() {}

  /** Death tolls in {@code from..to}: one figure per "toll" (or "number of dead"). */
  static List<CasualtyRules.Figure> totals(Doc doc, int from, int to) {
    List<CasualtyRules.Figure> out = new ArrayList<>();
    int[] starts = doc.facts.positions(TOLL_STARTS);
    int next = from; // past the last toll read
    for (int p = TokenFacts.from(starts, from); p < starts.length && starts[p] < to; p++) {
      int i = starts[p];
      int after = i < next ? -1 : tollWord(doc, i);
      if (after < 0) {
        continue;
      }
      int end = Math.min(to, Math.min(doc.sentenceEnd(doc.sentenceOf[i]), i + TOLL_REACH));
      NumberPhrase near = null;
      NumberPhrase total = null;
      for (NumberPhrase n : doc.numbers) {
        if (n.first() < after || n.end() > end || dated(doc, n)) {
          continue;
        }
        if (near == null && n.first() - after <= NEAR) {
          near = n;
        }
        if (BEFORE_TOTAL.contains(doc.key(n.first() - 1))) {
          total = n;
          break;
        }
      }
      NumberPhrase n = total != null ? total : near;
      if (n != null) {
        out.add(new CasualtyRules.Figure(CasualtyRules.Role.KILLED, n.count(), false, false, doc.sentenceOf[n.first()],
            doc.span(i, n.end()), "toll", false, true, false));
        next = n.end();
      }
    }
    return out;
  }

  /** The first words of {@link #tollWord}: only they are read. */
  private static final Set<String> TOLL_STARTS = WordSet.of("toll", "number");

  /** Where the words after a toll start: after "toll" or "number of dead"; -1 when {@code i} starts neither. */
  private static int tollWord(Doc doc, int i) {
    if (doc.key(i).equals("toll")) {
      return i + 1;
    }
    if (doc.key(i).equals("number") && doc.key(i + 1).equals("of")) {
      int j = doc.key(i + 2).equals("the") ? i + 3 : i + 2;
      String k = doc.key(j);
      if (k.equals("dead") || k.equals("deaths") || k.equals("fatalities") || k.equals("victims")) {
        return j + 1;
      }
      if ((k.equals("people") || k.equals("those")) && doc.key(j + 1).equals("killed")) {
        return j + 2;
      }
    }
    return -1;
  }

  private static boolean dated(Doc doc, NumberPhrase n) {
    return doc.dates.stream().anyMatch(d -> d.span().overlaps(n.span()));
  }

  /** Whether a number starts an increase: "three more bodies", "another two", "a further five". */
  static boolean increase(Doc doc, NumberPhrase n) {
    String before = doc.key(n.first() - 1);
    return doc.key(n.end()).equals("more") || before.equals("another") || before.equals("further")
        || before.equals("additional");
  }

  /**
   * A death among the wounded: "a wounded man died", "two of the injured died in hospital"; an
   * increase when it says so ("two more", "another"); {@code woundingTold} when its own clause
   * tells of the wounding ("was injured in the blast and later died").
   */
  record Death(Count count, int first, int end, @Nullable NumberPhrase number, boolean increase, boolean woundingTold) {}

  /**
   * "was severely injured and later died": the clause itself tells of the wounding, so this
   * report counts it; where its "was" or "were" stands, else -1.
   */
  private static int woundingTold(Doc doc, int first, int death) {
    for (int k = first; k < death; k++) {
      if (doc.key(k).equals("was") || doc.key(k).equals("were")) {
        int m = k + 1;
        while (m < death && HOW_BADLY.contains(doc.key(m))) {
          m++;
        }
        if (HURT.contains(doc.key(m))) {
          return k;
        }
      }
    }
    return -1;
  }

  private static final Set<String> HOW_BADLY = WordSet.of("severely", "seriously", "critically", "badly", "gravely", "also");

  /** The deaths of wounded people in {@code from..to}, each with the number phrase it used (if any). */
  static List<Death> ofWounded(Doc doc, int from, int to) {
    List<Death> out = new ArrayList<>();
    int[] deaths = doc.facts.positions(DEATH);
    for (int p = TokenFacts.from(deaths, from); p < deaths.length && deaths[p] < to; p++) {
      int i = deaths[p];
      int first = Math.max(from, Math.max(doc.sentenceFirst(doc.sentenceOf[i]), i - SUBJECT_REACH));
      boolean hurtSubject = false;
      int subject = -1;
      for (int k = i - 1; k >= first; k--) {
        String w = doc.key(k);
        if (w.equals(",") || w.equals(";") || w.equals(":") || CasualtyWords.KILL.contains(w)) {
          first = k + 1;
          break;
        }
        hurtSubject |= HURT.contains(w);
        if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")) {
          subject = k;
        }
      }
      String next = doc.key(i + 1);
      boolean ofWounds = (next.equals("of") || next.equals("to"))
          && (doc.key(i + 3).equals("wounds") || doc.key(i + 3).equals("injuries"))
          || next.equals("in") && (doc.key(i + 2).equals("hospital") || doc.key(i + 3).equals("hospital"));
      if (!hurtSubject && !ofWounds) {
        continue;
      }
      NumberPhrase number = null;
      for (NumberPhrase n : doc.numbers) {
        if (n.first() >= first && n.end() <= i && !dated(doc, n)) {
          number = n;
        }
      }
      int toldAt = woundingTold(doc, first, i);
      boolean told = toldAt >= 0;
      boolean named = first == doc.sentenceFirst(doc.sentenceOf[i]) && !doc.allCaps
          && (Persons.nameWord(doc, first) || Persons.TITLES.contains(doc.key(first)));
      if (number != null) {
        out.add(new Death(number.count(), number.first(), i + 1, number, increase(doc, number), told));
      } else if (subject >= 0) {
        out.add(new Death(Count.exact(1), subject, i + 1, null, doc.key(subject).equals("another"), told));
      } else if (told && doc.key(toldAt).equals("was") || named) {
        // "Haqqani, the head of the party, was severely injured and later succumbed", "Major Dhere succumbed to his injuries"
        out.add(new Death(Count.exact(1), first, i + 1, null, false, told));
      }
    }
    return out;
  }
}
