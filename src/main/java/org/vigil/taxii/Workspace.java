package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.vigil.alert.AlertEvent;
import org.vigil.alert.Alerting;
import org.vigil.merge.MergeRules;
import org.vigil.partner.WorkspaceImport;
import org.vigil.registry.Registries;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.CollectionRow;
import org.vigil.store.ObjectQuery;
import org.vigil.store.Store;
import org.vigil.web.SharedStore;

/**
 * Objects posted to a collection reach the knowledge base as the posting organisation's shared
 * intelligence ({@link WorkspaceImport}), unmarked ones under the collection's default marking;
 * what they refer to and the POST did not carry is looked up among the versions the organisation
 * may read in the collection. Watchlists' alerts are raised in the same transaction and sent to
 * the event streams after it. Thread-safe.
 */
public final class Workspace {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Registries registries;
  private final MergeRules rules;
  private final Clock clock;
  private final Alerting alerting;

  public Workspace(Registries registries, MergeRules rules, Clock clock, Alerting alerting) {
    this.registries = registries;
    this.rules = rules;
    this.clock = clock;
    this.alerting = alerting;
  }

  /** Imports the objects just added; call inside the POST's transaction. Returns the alerts to publish. */
  List<AlertEvent> add(Store s, CollectionRow c, long org, List<StixObject> added) {
    if (added.isEmpty()) {
      return List.of();
    }
    WorkspaceImport.Result r = new WorkspaceImport(s, registries, rules, clock).apply(added,
        new WorkspaceImport.Provenance(org, Tlp.values()[c.defaultTlp()]), id -> latest(s, c, org, id));
    return alerting.onIncidents(s, r.touched());
  }

  /** Sends committed alerts to the streams. */
  void publish(SharedStore shared, List<AlertEvent> events) {
    alerting.publish(shared, events);
  }

  private static Optional<StixObject> latest(Store s, CollectionRow c, long org, String id) {
    return s.objects().find(new ObjectQuery(c.id(), org, null, List.of(id), List.of(), List.of("last"), List.of(),
        null, 1)).stream().findFirst().map(o -> {
          try {
            return StixObject.of((ObjectNode) JSON.readTree(o.json()));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored object " + id + " is not JSON: " + e.getOriginalMessage(), e);
          }
        });
  }
}
