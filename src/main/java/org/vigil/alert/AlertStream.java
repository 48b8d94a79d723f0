package org.vigil.alert;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.function.Function;
import org.vigil.access.Principal;

/**
 * The live alert stream (server-sent events): one {@code alert} event per alert raised or
 * updated for the watchlists of the caller and of the caller's organisation, with the alert's
 * event key as the event id. The one implementation behind both the REST route (API
 * credentials) and the web UI's route (session cookie); each passes how it finds the caller of a
 * request its own check already authenticated. Thread-safe.
 */
public final class AlertStream {

  private final AlertBus bus;
  private final Function<Context, Principal> caller;

  /**
   * @param caller the authenticated user of a request that passed the route's own check
   */
  public AlertStream(AlertBus bus, Function<Context, Principal> caller) {
    this.bus = bus;
    this.caller = caller;
  }

  /** The SSE handler: subscribes the caller's stream to the bus until the client goes. */
  public SseHandler handler() {
    return new SseHandler(this::subscribe);
  }

  private void subscribe(SseClient client) {
    Principal p = caller.apply(client.ctx());
    client.keepAlive();
    AutoCloseable sub = bus.subscribe(p.userId(), p.orgId(), a -> {
      if (client.terminated()) {
        throw new IllegalStateException("stream closed");
      }
      client.sendEvent("alert", a.json(), a.event().eventKey());
    });
    client.onClose(() -> {
      try {
        sub.close();
      } catch (Exception e) {
        // removing a subscriber cannot fail
      }
    });
    client.sendComment("vigil alerts for " + p.userName());
  }
}
