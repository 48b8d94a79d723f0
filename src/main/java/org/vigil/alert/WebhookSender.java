package org.vigil.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigil.outbound.OutboundException;
import org.vigil.outbound.OutboundPolicy;
import org.vigil.store.WebhookStore.Delivery;
import org.vigil.store.WebhookStore.Webhook;
import org.vigil.web.SharedStore;

/**
 * Sends due webhook deliveries: a POST of the JSON body signed by {@link Signatures}, with the
 * event key in {@code X-Vigil-Event}. A 2xx answer marks the delivery delivered; anything else
 * (status, timeout, refused connection) is stored as its last error and retried after
 * {@code webhooks.backoff-seconds}, doubled each time, until {@code webhooks.max-attempts}, when
 * it is marked failed. A URL the {@link OutboundPolicy} refuses (an address of the server's own
 * network) is a failure like any other, checked before every attempt; redirects are not
 * followed. Stored errors never quote the URL (it may carry a token). State is in the store: a
 * restart resumes and never sends a delivered event again. Interrupting the sending thread (the
 * server stopping) leaves the delivery in flight as it was, due at the next start. Not
 * thread-safe: call {@link #sendDue} from one thread.
 */
public final class WebhookSender {

  /** Deliveries sent per call of {@link #sendDue}. */
  public static final int BATCH = 50;

  private final SharedStore store;
  private final WebhookSettings settings;
  private final Clock clock;
  private final HttpClient client;
  private final OutboundPolicy policy;

  public WebhookSender(SharedStore store, WebhookSettings settings, OutboundPolicy policy, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.policy = policy;
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Sends every due delivery once; returns how many were attempted. */
  public int sendDue() {
    List<Delivery> due = store.call(s -> s.webhooks().due(clock.instant(), BATCH));
    if (due.isEmpty()) {
      return 0;
    }
    Map<Long, Webhook> hooks = new HashMap<>();
    store.call(s -> s.webhooks().all()).forEach(h -> hooks.put(h.id(), h));
    int attempted = 0;
    for (Delivery d : due) {
      Webhook h = hooks.get(d.webhookId());
      @Nullable String error = h == null ? "the webhook was removed" : send(h, d);
      if (Thread.currentThread().isInterrupted()) {
        return attempted; // the server stops: the delivery stays due as it was, not an attempt that failed
      }
      attempted++;
      Instant now = clock.instant();
      String status;
      Instant next = now;
      if (error == null) {
        status = "delivered";
      } else if (d.attempts() + 1 >= settings.maxAttempts() || h == null) {
        status = "failed";
        error = error + " (gave up after " + (d.attempts() + 1) + " attempts, webhooks.max-attempts)";
      } else {
        status = "pending";
        next = now.plus(settings.backoff().multipliedBy(1L << Math.min(d.attempts(), 20)));
      }
      String e2 = error;
      String st = status;
      Instant n2 = next;
      store.call(s -> {
        s.webhooks().attempted(d.id(), st, e2, now, n2);
        return null;
      });
    }
    return attempted;
  }

  /** Sends one delivery; returns null on success, else what went wrong. */
  private @Nullable String send(Webhook h, Delivery d) {
    byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
    try {
      URI uri = policy.check(h.url());
      HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.timeout())
          .header("Content-Type", "application/json")
          .header(Signatures.HEADER, Signatures.sign(h.secret(), body))
          .header("X-Vigil-Event", d.eventKey())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      HttpResponse<Void> r = client.send(req, HttpResponse.BodyHandlers.discarding());
      return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode() + " from the webhook";
    } catch (OutboundException e) {
      return "refused: " + e.getMessage();
    } catch (IOException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + " sending to the webhook"
          + (e.getMessage() == null ? "" : ": " + e.getMessage().replace(h.url(), "(its URL)"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
