package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.feeds.LocalServer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.Store;
import org.vigil.store.WebhookStore;
import org.vigil.web.SharedStore;

/**
 * Webhook delivery against a local receiver on loopback: a receiver that never answers is a
 * timeout, stored; a server stopping mid-delivery leaves it due, its attempts untouched.
 */
class WebhookSenderTest {

  @TempDir Path dir;

  @Test
  void a_receiver_that_never_answers_times_out_and_the_delivery_fails_naming_the_timeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (Store store = KnowledgeBase.open(dir); LocalServer receiver = new LocalServer()) {
      receiver.on("/slow", ex -> {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      long user = Monitoring.user(store);
      WebhookStore.Webhook h = store.inTransaction(() -> store.webhooks().add(user, null, receiver.url("/slow"), "s"));
      store.inTransaction(() -> store.webhooks().queue(h.id(), "alert-1-v1", "{}", Instant.now()));
      WebhookSender sender = new WebhookSender(new SharedStore(store),
          new WebhookSettings(Duration.ofMillis(500), 1, Duration.ofSeconds(1)), org.vigil.feeds.Feeds.LOCAL,
          Clock.systemUTC());

      assertThat(sender.sendDue()).isEqualTo(1);
      release.countDown();

      assertThat(store.webhooks().latest(1)).singleElement().satisfies(d -> {
        assertThat(d.status()).isEqualTo("failed");
        assertThat(d.lastError()).startsWith("HttpTimeoutException sending to the webhook")
            .doesNotContain(receiver.url("/slow"))
            .endsWith("(gave up after 1 attempts, webhooks.max-attempts)");
      });
      assertThat(sender.sendDue()).as("a failed delivery is not sent again").isZero();
    }
  }

  @Test
  void a_delivery_in_flight_when_the_server_stops_stays_due_and_is_not_counted_as_an_attempt() throws Exception {
    CountDownLatch received = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (Store store = KnowledgeBase.open(dir); LocalServer receiver = new LocalServer()) {
      receiver.on("/slow", ex -> {
        received.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      long user = Monitoring.user(store);
      WebhookStore.Webhook h = store.inTransaction(() -> store.webhooks().add(user, null, receiver.url("/slow"), "s"));
      store.inTransaction(() -> store.webhooks().queue(h.id(), "alert-1-v1", "{}", Instant.now()));
      WebhookSender sender = new WebhookSender(new SharedStore(store),
          new WebhookSettings(Duration.ofSeconds(30), 1, Duration.ofSeconds(1)), org.vigil.feeds.Feeds.LOCAL,
          Clock.systemUTC());

      Thread sending = new Thread(sender::sendDue);
      sending.start();
      assertThat(received.await(30, TimeUnit.SECONDS)).as("the receiver got the delivery").isTrue();
      sending.interrupt();
      sending.join(10_000);
      release.countDown();

      assertThat(sending.isAlive()).isFalse();
      assertThat(store.webhooks().latest(1)).singleElement().satisfies(d -> {
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.attempts()).isZero();
        assertThat(d.lastError()).isNull();
      });
    }
  }
}
