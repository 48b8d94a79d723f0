package org.vigil.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.Store;
import org.vigil.web.SharedStore;

/**
 * Alerts raised where incidents change: {@link #onIncidents} inside the transaction that
 * changed them (alerts and webhook deliveries commit with the change), {@link #publish} to the
 * event streams after it committed. Thread-safe.
 */
public final class Alerting {

  private final Alerter alerter;
  private final AlertBus bus;

  public Alerting(Registry<Group> groups, AlertBus bus) {
    this.alerter = new Alerter(groups);
    this.bus = bus;
  }

  /** Stores the alerts the changed incidents raise or update; call inside the transaction. */
  public List<AlertEvent> onIncidents(Store store, Collection<Long> incidentIds) {
    return alerter.onIncidents(store, incidentIds);
  }

  /** Publishes committed alerts to the streams of the users they concern. */
  public void publish(SharedStore shared, List<AlertEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<AlertBus.Published> out = new ArrayList<>();
    for (AlertEvent e : events) {
      var incident = shared.call(s -> Alerter.reader(s, e.watchlist())
          .flatMap(v -> s.incidents().byId(v, e.alert().incidentId())));
      out.add(new AlertBus.Published(e, Alerter.body(e, incident).toString()));
    }
    bus.publish(out);
  }
}
