package org.vigil.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many gold fillers of each role the rules' candidates could name at all: the ceiling of
 * any role model choosing among them. A gold filler is reached when some candidate's words
 * equal one of its mentions under the scorer's normalisation; "of an incident" counts the
 * candidates of the incidents the rules assembled, "in the text" every candidate phrase of the
 * report. Not thread-safe.
 */
final class CandidateReach {

  /**
   * One gold filler.
   *
   * @param role the scorer's role name
   * @param inText some candidate phrase of the report names it
   * @param ofIncident some candidate of an assembled incident names it
   */
  record Filler(String role, boolean inText, boolean ofIncident) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** Counts the fillers of one document of {@code corpus}. */
  void add(String corpus, List<Filler> fillers) {
    for (Filler f : fillers) {
      int[] c = counts.computeIfAbsent(corpus + " " + f.role(), k -> new int[3]);
      c[0]++;
      c[1] += f.inText() ? 1 : 0;
      c[2] += f.ofIncident() ? 1 : 0;
    }
  }

  /** One line per corpus and role: the share reached in the text and of an incident, of how many fillers. */
  Map<String, String> table() {
    Map<String, String> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k + " (gold fillers a candidate names: in the text / of an incident, of n)",
        String.format(Locale.ROOT, "%.1f / %.1f of %d", 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], c[0])));
    return out;
  }
}
