package org.vigil.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.vigil.store.Viewer;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;

/** What the merge tests share: a report as one line of JSON, and the incidents a store holds. */
final class StoredReports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredReports() {}

  /** One report line for {@code KnowledgeBase.ingest}, from the test wire. */
  static String report(String id, String published, String text) {
    return JSON.createObjectNode().put("id", id).put("published", published).put("source", "Test Wire")
        .put("text", text).toString();
  }

  /** Up to 100 stored incidents, as an operator sees them. */
  static List<IncidentRow> incidents(Store store) {
    return store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 100, 0);
  }
}
