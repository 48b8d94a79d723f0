package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Death tolls that sum up years of violence rather than tell of one event: "the regime has
 * murdered 70,000 Salvadorans", "more than 2,000 people have been killed", "the killing of over
 * 70,000 Salvadorans". Thousands of dead, every figure of them told in the perfect or, with no day
 * said, after a noun of harm, make a tally; an incident read from it alone is none. One attack
 * that killed thousands is told in the past ("killed 2,000 people on Monday").
 * Stateless.
 */
final class Tallies {

  /** The fewest dead of a tally; one attack rarely kills as many. */
  static final int FEWEST = 1_000;
  private static final Set<String> PERFECT = WordSet.of("has", "have");
  private static final Set<String> KILLING = WordSet.of("killed", "murdered", "massacred", "slaughtered",
      "assassinated", "executed", "died", "claimed", "taken");

  private Tallies() {}

  /** True when the incident's death toll is thousands told only as a tally. */
  static boolean only(Doc doc, Incident i) {
    Count killed = i.casualties().killed();
    if (killed == null || killed.value() < FEWEST) {
      return false;
    }
    List<Evidence> figures = i.evidence().stream().filter(e -> e.field().equals("casualties.killed")).toList();
    return !figures.isEmpty() && figures.stream().allMatch(e -> perfect(doc, doc.tokenAt(e.start()), doc.tokenAt(e.end()))
        || i.date() == null && ofHarm(doc, doc.tokenAt(e.start())));
  }

  /** Words between a noun of harm's "of" and its figure: "the killing of over 70,000". */
  private static final Set<String> QUALIFIERS = WordSet.of("over", "more", "than", "some", "about", "nearly", "almost",
      "at", "least", "up", "to", "around");

  /** "the killing of over 70,000 Salvadorans", "the deaths of 20,000 people": no day, a tally. */
  private static boolean ofHarm(Doc doc, int first) {
    int k = first - 1;
    while (k > 0 && QUALIFIERS.contains(doc.key(k))) {
      k--;
    }
    return doc.key(k).equals("of") && Persons.HARM.contains(doc.key(k - 1));
  }

  /** "has murdered 70,000", "70,000 people have been killed", "have died". */
  private static boolean perfect(Doc doc, int first, int end) {
    boolean before = KILLING.contains(doc.key(first - 1)) && PERFECT.contains(doc.key(first - 2));
    int k = end;
    if (!PERFECT.contains(doc.key(k))) {
      return before;
    }
    k++;
    if (doc.key(k).equals("been")) {
      k++;
    }
    return before || KILLING.contains(doc.key(k));
  }
}
