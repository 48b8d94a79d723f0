package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.stix.StixObject;
import org.vigil.stix.Versions;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.ObjectQuery;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/**
 * Publishes objects into a TAXII collection as one organisation's: an object whose content did
 * not change since the organisation's last version in the collection is left as it is; a changed
 * one becomes a new version with a later {@code modified} ({@link Versions#next}). One
 * transaction; every new version is audited. Not thread-safe (it uses the store).
 */
public final class Publisher {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a publication did. */
  public record Result(int added, int unchanged) {}

  private Publisher() {}

  /**
   * @throws IllegalArgumentException when an object is marked above the collection's highest
   *     TLP level; nothing is published then
   */
  public static Result publish(Store store, CollectionRow collection, long org, String user, List<StixObject> objects,
      Instant now) {
    return store.inTransaction(() -> {
      int added = 0;
      int unchanged = 0;
      for (StixObject o : objects) {
        StixObject next = Versions.next(previous(store, collection.id(), org, o.id()), o);
        StoredObject s = Stored.of(next.json(), collection.id(), org, now);
        if (s.tlp() > collection.maxTlp()) {
          throw new IllegalArgumentException(o.id() + " is marked above collection " + collection.id()
              + "'s highest TLP level (rank " + collection.maxTlp() + ")");
        }
        if (store.objects().add(s)) {
          added++;
          store.audit().append(new AuditEntry(0, now.toString(), user, org, "publish.add",
              s.stixId() + "@" + s.version(), "collection " + collection.id()));
        } else {
          unchanged++;
        }
      }
      return new Result(added, unchanged);
    });
  }

  private static Optional<StixObject> previous(Store store, String collection, long org, String id) {
    return store.objects().find(new ObjectQuery(collection, org, null, List.of(id), List.of(), List.of("last"),
        List.of(), null, 10)).stream().filter(s -> s.ownerOrg() == org).reduce((a, b) -> b).map(s -> {
          try {
            return StixObject.of((ObjectNode) JSON.readTree(s.json()));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored object " + id + " is not JSON: " + e.getOriginalMessage(), e);
          }
        });
  }
}
