package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Look-alikes that score within the ambiguity margin of each other, told apart by the words a new
 * incident shares with them: of three camps shelled on one day, the record of the Al Khair camp
 * shares "camp", "displaced" and "khair" with a report of the Khair camp, the others only "camp"
 * and "displaced". The one whose shared words (the town both name counting as one) hold every other's
 * and more wins, when all of them are as near in date (a look-alike of another day sharing one more
 * word is no better told).
 * Stateless.
 */
final class WordTies {

  private WordTies() {}

  /** Stands among the shared words for the town both name. */
  static final String TOWN = "(town)";

  /** The match among those within {@code ambiguity} of the best whose shared words tell it apart from the others, if one does. */
  static Optional<Match> pick(List<Match> ranked, double ambiguity) {
    Match top = ranked.get(0);
    List<Match> close = ranked.stream().takeWhile(m -> top.evidence() - m.evidence() < ambiguity).toList();
    for (Match m : close) {
      Set<String> mine = shared(m);
      if (close.stream().allMatch(o -> o == m || date(o) == date(m) && mine.containsAll(shared(o))
          && mine.size() > shared(o).size())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Set<String> shared(Match m) {
    Set<String> out = new TreeSet<>();
    m.explanation().path("shared").forEach(w -> out.add(w.asText()));
    return out;
  }

  private static double date(Match m) {
    JsonNode d = m.explanation().path("date").path("score");
    return d.asDouble(-1);
  }
}
