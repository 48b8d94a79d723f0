package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.StixObject;
import org.vigil.store.ObjectQuery;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/**
 * {@code vigil export} of a TAXII collection: every version of every object the organisation
 * may see (its TLP clearance applied in the query that reads, as for TAXII), as stored, so that
 * an export re-imported elsewhere loses nothing. Not thread-safe (it uses the store).
 */
public final class CollectionExport {

  /** Versions read per query. */
  static final int PAGE = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CollectionExport() {}

  /** The versions {@code org} may see in the collection that pass {@code query}, by date added. */
  public static List<StixObject> objects(Store store, String collectionId, long org, ExportQuery query) {
    List<StixObject> out = new ArrayList<>();
    ObjectQuery.Position after = null;
    while (true) {
      List<StoredObject> page = store.objects().find(new ObjectQuery(collectionId, org, null, List.of(), List.of(),
          List.of("all"), List.of("2.0", "2.1"), after, PAGE));
      for (StoredObject s : page) {
        try {
          StixObject o = StixObject.of((ObjectNode) JSON.readTree(s.json()));
          if (query.accepts(o)) {
            out.add(o);
          }
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("stored object " + s.stixId() + " is not JSON: " + e.getOriginalMessage(), e);
        }
      }
      if (page.size() < PAGE) {
        return out;
      }
      StoredObject last = page.get(page.size() - 1);
      after = new ObjectQuery.Position(last.dateAdded(), last.seq());
    }
  }
}
