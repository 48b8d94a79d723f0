package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.store.IncidentRow;
import org.vigil.store.Ownership;

/**
 * An incident read for merging ({@link IncidentMerger#read}): its JSON, the row it would be
 * stored as and the facts matching compares. Reading needs nothing of the store, so it is done
 * beside the engine, outside the writer's transaction. Immutable once made; the JSON is not
 * changed by merging.
 */
public final class Incoming {

  final ObjectNode incident;
  final IncidentRow row;
  final Facts facts;

  Incoming(ObjectNode incident, IncidentRow row, Facts facts) {
    this.incident = incident;
    this.row = row;
    this.facts = facts;
  }

  /** Who owns the source the incident comes from and its marking. */
  public Ownership ownership() {
    return row.ownership();
  }
}
