package org.vigil.taxii;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.stix.ImportSink;
import org.vigil.stix.StixObject;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;

/**
 * {@code vigil import} into a TAXII collection: every object as a version added by one
 * organisation, all in one transaction written in JDBC batches; an object the collection refuses (see
 * {@link CollectionWriter}) fails the whole import. Each version is audited. Not thread-safe (it
 * uses the store).
 */
public final class CollectionSink implements ImportSink {

  private final Store store;
  private final CollectionRow collection;
  private final long org;
  private final String user;
  private final Clock clock;

  public CollectionSink(Store store, CollectionRow collection, long org, String user, Clock clock) {
    this.store = store;
    this.collection = collection;
    this.org = org;
    this.user = user;
    this.clock = clock;
  }

  @Override
  public void storeAll(List<StixObject> objects) {
    store.inTransaction(() -> {
      Instant now = clock.instant();
      CollectionWriter writer = new CollectionWriter(store, collection, org);
      List<AuditEntry> added = new ArrayList<>();
      for (StixObject o : objects) {
        writer.add(o, now).ifPresent(s -> added.add(new AuditEntry(0, now.toString(), user, org,
            "import.add", s.stixId() + "@" + s.version(), "collection " + collection.id())));
      }
      writer.flush();
      store.audit().appendAll(added);
      return null;
    });
  }
}
