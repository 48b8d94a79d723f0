package org.vigil.taxii;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.stix.StixObject;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/**
 * Publishes objects into a TAXII collection as one organisation's: an object whose content did
 * not change since the organisation's last version in the collection is left as it is; a changed
 * one becomes a new version with a later {@code modified} ({@link org.vigil.stix.Versions#next}). One
 * transaction, written in JDBC batches; every new version is audited. Not thread-safe (it uses
 * the store).
 */
public final class Publisher {

  /** What a publication did. */
  public record Result(int added, int unchanged) {}

  private Publisher() {}

  /**
   * @throws IllegalArgumentException when the collection refuses an object (see
   *     {@link CollectionWriter}), or {@link org.vigil.store.StoreException} when the database
   *     refuses one, each naming the object; nothing is published then
   */
  public static Result publish(Store store, CollectionRow collection, long org, String user, List<StixObject> objects,
      Instant now) {
    return store.inTransaction(() -> {
      List<AuditEntry> added = new ArrayList<>();
      int unchanged = 0;
      CollectionWriter writer = new CollectionWriter(store, collection, org);
      for (StixObject o : objects) {
        Optional<StoredObject> s = writer.addNextVersion(o, now);
        if (s.isPresent()) {
          added.add(new AuditEntry(0, now.toString(), user, org, "publish.add",
              s.get().stixId() + "@" + s.get().version(), "collection " + collection.id()));
        } else {
          unchanged++;
        }
      }
      writer.flush();
      store.audit().appendAll(added);
      return new Result(added.size(), unchanged);
    });
  }
}
