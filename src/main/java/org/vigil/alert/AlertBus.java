package org.vigil.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells subscribers (the server-sent event streams) of alerts as they are committed. A
 * subscriber sees the alerts of the watchlists of its user and of the user's organisation. A
 * subscriber that throws is dropped. One bus per server; thread-safe.
 */
public final class AlertBus {

  /** An alert as committed, with the JSON sent to clients. */
  public record Published(AlertEvent event, String json) {}

  private record Subscriber(long userId, long orgId, Consumer<Published> sink) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

  /** Subscribes a user's stream; close the returned handle when the stream ends. */
  public AutoCloseable subscribe(long userId, long orgId, Consumer<Published> sink) {
    Subscriber s = new Subscriber(userId, orgId, sink);
    subscribers.add(s);
    return () -> subscribers.remove(s);
  }

  public int subscribers() {
    return subscribers.size();
  }

  /** Publishes committed alerts to the subscribers they concern. */
  public void publish(List<Published> alerts) {
    for (Published p : alerts) {
      var w = p.event().watchlist();
      Long org = w.ownerOrg();
      for (Subscriber s : subscribers) {
        boolean mine = (w.ownerUser() != null && w.ownerUser() == s.userId()) || (org != null && org == s.orgId());
        if (mine) {
          try {
            s.sink().accept(p);
          } catch (RuntimeException e) {
            subscribers.remove(s);
          }
        }
      }
    }
  }
}
