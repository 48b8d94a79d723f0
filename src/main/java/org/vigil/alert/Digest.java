package org.vigil.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.vigil.store.AlertRow;
import org.vigil.store.Store;
import org.vigil.store.UserRow;

/**
 * A user's daily digest: the alerts of their watchlists (and their organisation's) raised or
 * updated on one UTC day, at most {@link #MAX_ALERTS}. Sent to the user's webhooks once per day
 * (event key {@code digest-USER-DAY}) and served by the REST API.
 */
public final class Digest {

  /** Most alerts in one digest. */
  public static final int MAX_ALERTS = 500;

  private Digest() {}

  public static ObjectNode of(Store store, UserRow user, LocalDate day) {
    String from = day.toString();
    String to = day.plusDays(1).toString();
    List<AlertRow> alerts = store.alerts().visibleTo(user.id(), user.orgId(), from, MAX_ALERTS + 1).stream()
        .filter(a -> a.updatedAt().compareTo(to) < 0).toList();
    ObjectNode n = Alerter.JSON.createObjectNode();
    n.put("event", "digest");
    n.put("user", user.name());
    n.put("day", from);
    n.put("count", Math.min(alerts.size(), MAX_ALERTS));
    n.put("truncated", alerts.size() > MAX_ALERTS);
    ArrayNode list = n.putArray("alerts");
    alerts.stream().limit(MAX_ALERTS).forEach(a -> list.add(AlertJson.alert(a)));
    return n;
  }

  /** Queues the digest of {@code day} to the webhooks of every active user who has alerts that day; idempotent. */
  public static int queueFor(Store store, LocalDate day, java.time.Instant now) {
    int queued = 0;
    for (UserRow u : store.access().users()) {
      if (!u.active()) {
        continue;
      }
      var hooks = store.webhooks().forOwner(u.id(), null).stream()
          .filter(h -> h.ownerUser() != null && h.ownerUser() == u.id()).toList();
      if (hooks.isEmpty()) {
        continue;
      }
      ObjectNode digest = of(store, u, day);
      if (digest.path("count").asInt() == 0) {
        continue; // nothing to tell: no empty digests
      }
      String body = digest.toString();
      for (var h : hooks) {
        if (store.webhooks().queue(h.id(), "digest-" + u.id() + "-" + day, body, now)) {
          queued++;
        }
      }
    }
    return queued;
  }
}
