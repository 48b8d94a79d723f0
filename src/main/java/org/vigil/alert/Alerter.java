package org.vigil.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.AlertRow;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.UserRow;
import org.vigil.store.Viewer;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.WatchMatcher;

/**
 * Matches created or updated incidents against every watchlist, each as the watchlist's
 * organisation reads the incident (a user's watchlist reads as the user's organisation): an
 * incident it may not read raises nothing, and what it may read alone decides the match, the
 * summary and the webhook body. A first match stores an alert (version 1); a later change that
 * matters (more killed or wounded, another group attributed, another type) stores its next
 * version; anything else changes nothing. Each new version is queued for the owner's webhooks in
 * the same transaction. Call inside the store's transaction; thread-safe itself (no state).
 */
public final class Alerter {

  static final ObjectMapper JSON = new ObjectMapper();

  private final WatchMatcher matcher;

  public Alerter(Registry<Group> groups) {
    this.matcher = new WatchMatcher(groups);
  }

  /** Stores the alerts the incidents raise or update; returns them (empty when nothing changed). */
  public List<AlertEvent> onIncidents(Store store, Collection<Long> incidentIds) {
    List<WatchlistRow> watchlists = store.watches().all();
    List<AlertEvent> events = new ArrayList<>();
    if (watchlists.isEmpty()) {
      return events;
    }
    Map<Long, Optional<Viewer>> readers = new HashMap<>();
    for (long id : incidentIds) {
      for (WatchlistRow w : watchlists) {
        Optional<Viewer> v = readers.computeIfAbsent(w.id(), k -> reader(store, w));
        Optional<IncidentRow> incident = v.flatMap(r -> store.incidents().byId(r, id));
        if (incident.isPresent()) {
          Text text = new Text(store, v.get(), incident.get());
          matcher.match(w, incident.get(), text::get).flatMap(reason -> raise(store, w, incident.get(), reason))
              .ifPresent(events::add);
        }
      }
    }
    for (AlertEvent e : events) {
      queueWebhooks(store, e, readers.get(e.watchlist().id()).flatMap(v -> store.incidents().byId(v,
          e.alert().incidentId())));
    }
    return events;
  }

  /**
   * Who a watchlist reads as: its organisation, or its user's; empty for a user who is disabled
   * or gone (their watchlists raise nothing).
   */
  public static Optional<Viewer> reader(Store store, WatchlistRow w) {
    if (w.ownerOrg() != null) {
      return Optional.of(Viewer.of(w.ownerOrg()));
    }
    return store.access().findUser(w.ownerUser()).filter(UserRow::active).map(u -> Viewer.of(u.orgId()));
  }

  /**
   * The titles and texts of the reports of an incident that its reader reads (at most
   * {@link #MAX_REPORTS}), read once when first asked.
   */
  private static final class Text {
    private final Store store;
    private final Viewer viewer;
    private final IncidentRow incident;
    private @org.jspecify.annotations.Nullable String words;

    Text(Store store, Viewer viewer, IncidentRow incident) {
      this.store = store;
      this.viewer = viewer;
      this.incident = incident;
    }

    String get() {
      if (words == null) {
        StringBuilder b = new StringBuilder();
        store.sources().ofIncident(viewer, incident.id()).stream().map(SourceRow::reportId)
            .filter(java.util.Objects::nonNull).distinct().limit(MAX_REPORTS)
            .forEach(id -> store.reports().byId(viewer, id).ifPresent(r -> b.append('\n')
                .append(r.title() == null ? "" : r.title()).append('\n').append(r.text())));
        words = b.length() == 0 ? incident.recordJson() : b.toString(); // dataset records have no report
      }
      return words;
    }
  }

  /** Most reports of one incident searched for keywords. */
  public static final int MAX_REPORTS = 20;

  private static Optional<AlertEvent> raise(Store store, WatchlistRow w, IncidentRow i, String reason) {
    AlertState now = AlertState.of(i);
    String summary = now.summary(i);
    Optional<AlertRow> old = store.alerts().find(w.id(), i.id());
    if (old.isEmpty()) {
      return Optional.of(new AlertEvent(store.alerts().insert(w.id(), i.id(), summary, reason, now.json()), w, "new"));
    }
    Optional<String> change = AlertState.parse(old.get().state()).changeTo(now);
    if (change.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AlertEvent(store.alerts().update(old.get(), summary, reason, now.json()), w,
        change.get()));
  }

  private static void queueWebhooks(Store store, AlertEvent e, Optional<IncidentRow> incident) {
    var hooks = store.webhooks().forOwner(e.watchlist().ownerUser(), e.watchlist().ownerOrg());
    if (hooks.isEmpty()) {
      return;
    }
    String body = body(e, incident).toString();
    for (var h : hooks) {
      store.webhooks().queue(h.id(), e.eventKey(), body, Instant.now());
    }
  }

  /** The JSON an alert is sent as (webhooks and the event stream). */
  public static ObjectNode body(AlertEvent e, Optional<IncidentRow> incident) {
    ObjectNode n = JSON.createObjectNode();
    n.put("event", e.isNew() ? "alert.created" : "alert.updated");
    n.put("change", e.change());
    n.set("alert", AlertJson.alert(e.alert()));
    ObjectNode w = n.putObject("watchlist");
    w.put("id", e.watchlist().id());
    w.put("name", e.watchlist().name());
    w.put("kind", e.watchlist().kind());
    incident.ifPresent(i -> n.set("incident", AlertJson.incident(i)));
    return n;
  }
}
