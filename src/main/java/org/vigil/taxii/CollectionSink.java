package org.vigil.taxii;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vigil.stix.ImportSink;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/**
 * {@code vigil import} into a TAXII collection: every object as a version added by one
 * organisation, all in one transaction; an object marked above the collection's highest TLP
 * level fails the whole import. Each version is audited. Not thread-safe (it uses the store).
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
      for (StixObject o : objects) {
        StoredObject s = Stored.of(o.json(), collection.id(), org, now);
        if (s.tlp() > collection.maxTlp()) {
          throw new IllegalArgumentException(o.id() + " is marked TLP:" + Tlp.values()[s.tlp()].label()
              + " (unmarked objects count as red), above collection " + collection.id() + "'s highest level TLP:"
              + Tlp.values()[collection.maxTlp()].label());
        }
        store.objects().add(s);
        store.audit().append(new AuditEntry(0, now.toString(), user, org, "import.add",
            s.stixId() + "@" + s.version(), "collection " + collection.id()));
      }
      return null;
    });
  }
}
