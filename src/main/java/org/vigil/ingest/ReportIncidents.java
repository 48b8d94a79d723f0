package org.vigil.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Extraction;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Relation;
import org.vigil.merge.Incoming;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/** Merges the incidents of one stored report into the store; shared by ingest and re-extraction. */
final class ReportIncidents {

  static final ObjectMapper JSON = new ObjectMapper();

  private ReportIncidents() {}

  /**
   * Reads each incident of an extraction for merging ({@link IncidentMerger#read}), labelled
   * {@code label}: thread-safe, done beside the engine while another thread writes.
   */
  static List<Incoming> read(IncidentMerger merger, Extraction extraction, Ownership label) {
    return extraction.incidents().stream().map(i -> merger.read(JSON.valueToTree(i), label)).toList();
  }

  /** Where an analyst had put the source of a report's incident: that incident, and the source's explanation. */
  record Placed(long incidentId, String explanation) {}

  /**
   * Attaches each incident of a report's extraction (two incidents of one report never merge
   * into one), links those the report ties to each other (an arrest and the attack it
   * answered) and records the names the report used for groups. Adds the ids of the incidents
   * created or updated to {@code allTouched}; returns {incidents created, incidents updated}.
   * Takes the extraction's incidents already {@link #read} (for the report's label); the incident
   * at a position of {@code placed} goes where an analyst had put it, unmatched.
   *
   * @param nearDuplicate whether the report is a near-duplicate: its sources then do not count
   *     for casualty figures (nor do background mentions)
   */
  static long[] attach(Store store, IncidentMerger merger, Registry<Group> groups, long reportId,
      @Nullable String published, boolean nearDuplicate, Extraction extraction, List<Incoming> read,
      Set<Long> allTouched, Map<Integer, Placed> placed) {
    List<Incident> incidents = extraction.incidents();
    long[] counts = new long[2];
    Set<Long> touched = new HashSet<>();
    List<Long> ids = new ArrayList<>();
    int position = 0;
    for (Incident i : incidents) {
      Incoming in = read.get(position);
      Placed where = placed.get(position);
      var source = new IncidentMerger.Source(reportId, null, null, position++, i.background(),
          !nearDuplicate && !i.background(), published, in.ownership());
      var outcome = where != null ? merger.keepPlaced(in, source, where.incidentId(), where.explanation())
          : merger.attach(in, source, touched);
      touched.add(outcome.incidentId());
      allTouched.add(outcome.incidentId());
      ids.add(outcome.incidentId());
      counts[outcome.created() ? 0 : 1]++;
      for (Perpetrator per : i.perpetrators()) {
        if (per.group() != null) {
          groups.byName(per.group()).ifPresent(g -> store.groups().recordAlias(g.id(), per.mention(), reportId));
        }
      }
    }
    for (Relation r : extraction.relations()) {
      Integer from = position(r.source(), ids.size());
      Integer to = position(r.target(), ids.size());
      if (from != null && to != null) {
        store.links().link(ids.get(from), ids.get(to), r.type(), reportId, r.evidence().text());
      }
    }
    return counts;
  }

  /** The position N of an {@code "incident:N"} relation end within the report's incidents; null for other ends. */
  private static @Nullable Integer position(String end, int size) {
    if (!end.startsWith("incident:")) {
      return null;
    }
    try {
      int n = Integer.parseInt(end.substring("incident:".length()));
      return n >= 0 && n < size ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
