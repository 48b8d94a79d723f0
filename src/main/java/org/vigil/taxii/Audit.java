package org.vigil.taxii;

import java.time.Clock;
import java.util.List;
import org.vigil.access.Principal;
import org.vigil.store.AuditEntry;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/** Audit entries of TAXII requests: every write, and every read of AMBER, AMBER+STRICT and RED objects. */
final class Audit {

  /** Lowest TLP rank whose reads are logged (AMBER). */
  static final int LOGGED_READ_TLP = 2;

  private Audit() {}

  /** The entries that reading {@code objects} leaves: one per AMBER, AMBER+STRICT or RED version. */
  static List<AuditEntry> reads(Clock clock, Principal p, String action, List<StoredObject> objects) {
    return objects.stream().filter(o -> o.tlp() >= LOGGED_READ_TLP).map(o -> new AuditEntry(0,
        clock.instant().toString(), p.userName(), p.orgId(), action, o.stixId() + "@" + o.version(),
        "collection " + o.collectionId() + ", TLP rank " + o.tlp())).toList();
  }

  static void write(Store s, Clock clock, Principal p, String action, String target, String detail) {
    s.audit().append(new AuditEntry(0, clock.instant().toString(), p.userName(), p.orgId(), action, target, detail));
  }
}
