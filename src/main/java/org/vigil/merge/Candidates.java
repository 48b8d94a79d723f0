package org.vigil.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.IncidentRow;
import org.vigil.store.IncidentStore;
import org.vigil.store.Ownership;

/**
 * The stored incidents a new one is compared with, looked up by what the reports say about the
 * event, not by date alone: those dated within the window in the same country; those of the
 * same group; those in the same place (1-degree cell) without a date, or of any date when the
 * new one has none; only those a source labelled {@code newer} may join
 * ({@link IncidentStore#candidates}). Each lookup returns at most {@link MergeRules#maxCandidates()}; an incident
 * found twice is compared once. Stateless.
 */
final class Candidates {

  private Candidates() {}

  static List<IncidentRow> of(IncidentStore incidents, MergeRules rules, IncidentRow probe, Facts in, Ownership newer) {
    Map<Long, IncidentRow> out = new LinkedHashMap<>();
    int limit = rules.maxCandidates();
    boolean undated = in.start() == null;
    if (!undated) {
      int window = rules.window(in.datePrecision(), in.datePrecision());
      String from = in.start().minusDays(window).toString();
      String to = in.end().plusDays(window).toString();
      add(out, incidents.candidates(from, to, in.country(), newer, limit));
    }
    if (probe.groupId() != null) {
      add(out, incidents.ofGroup(probe.groupId(), in.country(), !undated, newer, limit));
    }
    if (probe.cell() != null) {
      add(out, incidents.inCell(probe.cell(), !undated, newer, limit));
    }
    return List.copyOf(out.values());
  }

  private static void add(Map<Long, IncidentRow> out, List<IncidentRow> rows) {
    rows.forEach(r -> out.putIfAbsent(r.id(), r));
  }
}
