package org.vigil.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Viewer;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;

/** What the merge tests share: a report as one line of JSON, a GTD record's source, and the incidents a store holds. */
final class StoredReports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredReports() {}

  /** One report line for {@code KnowledgeBase.ingest}, from the test wire. */
  static String report(String id, String published, String text) {
    return JSON.createObjectNode().put("id", id).put("published", published).put("source", "Test Wire")
        .put("text", text).toString();
  }

  /** The source of GTD record {@code ref}, marked TLP:GREEN. */
  static IncidentMerger.Source record(String ref) {
    return new IncidentMerger.Source(null, "gtd", ref, 0, false, true, null, Ownership.instance(Tlp.GREEN));
  }

  /** Up to 100 stored incidents, as an operator sees them. */
  static List<IncidentRow> incidents(Store store) {
    return store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 100, 0);
  }
}
