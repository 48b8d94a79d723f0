package org.vigil.merge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The order of a new incident's matches: by score; where a dataset record is involved, look-alikes
 * that both reach the cap of 1 are told apart by the evidence beyond it (the town and the toll
 * they share); otherwise the older incident wins a tie, so a re-extracted report rejoins the
 * incident it was in. Stateless.
 */
final class Ranking {

  private Ranking() {}

  /** The {@code n} best of {@code matches}; {@code recordInvolved} says where the evidence beyond the cap counts. */
  static List<Match> best(List<Match> matches, LongPredicate recordInvolved, int n) {
    Map<Long, Double> beyond = new HashMap<>();
    matches.forEach(m -> beyond.put(m.incidentId(), recordInvolved.test(m.incidentId()) ? m.evidence() : m.score()));
    return matches.stream()
        .sorted(Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(Comparator.comparingDouble((Match m) -> beyond.get(m.incidentId())).reversed())
            .thenComparing(Match::incidentId))
        .limit(n)
        .toList();
  }
}
