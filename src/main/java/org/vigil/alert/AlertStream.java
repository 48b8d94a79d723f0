package org.vigil.alert;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import org.vigil.access.Principal;

/**
 * The live alert stream (server-sent events): one {@code alert} event per alert raised or
 * updated for the watchlists of the caller and of the caller's organisation, with the alert's
 * event key as the event id. The one implementation behind both the REST route (API
 * credentials) and the web UI's route (session cookie); each passes how it finds the caller of a
 * request its own check already authenticated, and how to tell that the caller is still signed
 * in: asked before each event, so a stream ends when its key, session or user is revoked.
 * Thread-safe.
 */
public final class AlertStream {

  private final AlertBus bus;
  private final Function<Context, Principal> caller;
  private final Function<Context, BooleanSupplier> signedIn;

  /**
   * @param caller the authenticated user of a request that passed the route's own check
   * @param signedIn for such a request, whether its credentials still prove a user who may sign
   *     in (asked when the stream opens, for a check made before each event)
   */
  public AlertStream(AlertBus bus, Function<Context, Principal> caller, Function<Context, BooleanSupplier> signedIn) {
    this.bus = bus;
    this.caller = caller;
    this.signedIn = signedIn;
  }

  /** The SSE handler: subscribes the caller's stream to the bus until the client goes. */
  public SseHandler handler() {
    return new SseHandler(this::subscribe);
  }

  private void subscribe(SseClient client) {
    Principal p = caller.apply(client.ctx());
    BooleanSupplier still = signedIn.apply(client.ctx());
    client.keepAlive();
    AutoCloseable sub = bus.subscribe(p.userId(), p.orgId(), a -> {
      if (client.terminated()) {
        throw new IllegalStateException("stream closed");
      }
      if (!still.getAsBoolean()) {
        client.close();
        throw new IllegalStateException("the stream's user is no longer signed in");
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
