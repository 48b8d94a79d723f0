package org.vigil.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
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
   * Attaches each incident (two incidents of one report never merge into one) and records the
   * names the report used for groups. Returns {incidents created, incidents updated}.
   *
   * @param nearDuplicate whether the report is a near-duplicate: its sources then do not count
   *     for casualty figures (nor do background mentions)
   */
  static long[] attach(Store store, IncidentMerger merger, Registry<Group> groups, long reportId,
      @Nullable String published, boolean nearDuplicate, List<Incident> incidents, Ownership label) {
    return attach(store, merger, groups, reportId, published, nearDuplicate, incidents, label, new HashSet<>());
  }

  /**
   * As above, adding the ids of the incidents created or updated to {@code touched}.
   *
   * @param label the report's owner and marking, which its sources carry
   */
  static long[] attach(Store store, IncidentMerger merger, Registry<Group> groups, long reportId,
      @Nullable String published, boolean nearDuplicate, List<Incident> incidents, Ownership label,
      Set<Long> allTouched) {
    long[] counts = new long[2];
    Set<Long> touched = new HashSet<>();
    int position = 0;
    for (Incident i : incidents) {
      ObjectNode node = JSON.valueToTree(i);
      var outcome = merger.attach(node, new IncidentMerger.Source(reportId, null, null, position++,
          i.background(), !nearDuplicate && !i.background(), published, label), touched);
      touched.add(outcome.incidentId());
      allTouched.add(outcome.incidentId());
      counts[outcome.created() ? 0 : 1]++;
      for (Perpetrator per : i.perpetrators()) {
        if (per.group() != null) {
          groups.byName(per.group()).ifPresent(g -> store.groups().recordAlias(g.id(), per.mention(), reportId));
        }
      }
    }
    return counts;
  }
}
