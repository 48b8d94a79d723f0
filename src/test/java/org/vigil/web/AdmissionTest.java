package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;

/** Back-pressure: requests beyond the workers and the queue are turned away with 429, never held in memory. */
class AdmissionTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** A pushed report: it takes the only worker, then waits for the writer. */
  private static CompletableFuture<HttpResponse<String>> push(TestServer t) {
    return CompletableFuture.supplyAsync(() -> t.send(t.as("ana", "/api/reports")
        .header("Content-Type", "application/json").timeout(PATIENCE)
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Gunmen attacked a market.\"}"))));
  }

  @Test
  void refused_and_failed_requests_give_their_turn_back() {
    try (TestServer t = new TestServer(dir, TestServer.settings().withCapacity(new Capacity(1, 0, 1)))) {
      t.user("ana", "Observatory", Role.ANALYST);
      for (int i = 0; i < 5; i++) {
        assertThat(t.get(null, "/api/stats").statusCode()).isEqualTo(401);
        assertThat(t.get("ana", "/api/incidents/999999").statusCode()).isEqualTo(404);
      }
      assertThat(t.get("ana", "/api/stats").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void with_every_worker_busy_and_the_queue_full_a_request_is_told_to_retry_later() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer t = new TestServer(dir, TestServer.settings().withCapacity(new Capacity(1, 0, 1)))) {
      t.user("ana", "Observatory", Role.ANALYST);
      CompletableFuture<Void> held = CompletableFuture.runAsync(() -> t.shared.call(s -> {
        writing.countDown();
        TestServer.hold(release);
        return null;
      }));
      assertThat(writing.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> push = push(t);
      HttpResponse<String> refused = null;
      for (int i = 0; i < 2_000 && refused == null; i++) {
        if (push.isDone()) { // it came while a read below had the worker: turned away too
          assertThat(push.get().statusCode()).isEqualTo(429);
          push = push(t);
          continue;
        }
        HttpResponse<String> r = t.get("ana", "/api/stats");
        refused = r.statusCode() == 429 ? r : null;
      }

      assertThat(refused).as("a request while the one worker is busy").isNotNull();
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("server.workers").contains("server.max-queued-requests");
      release.countDown();
      held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertThat(push.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(202);
      assertThat(t.get("ana", "/api/stats").statusCode()).isEqualTo(200);
    } finally {
      release.countDown();
    }
  }

  @Test
  void a_password_sign_in_is_served_while_every_worker_is_busy_in_its_own_lane() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer t = new TestServer(dir, TestServer.settings().withCapacity(new Capacity(1, 0, 1, 1)))) {
      t.user("ana", "Observatory", Role.ANALYST);
      t.store.access().createUser(t.org("Observatory").id(), "bo", Role.ANALYST.label(),
          org.vigil.access.Passwords.hash("a long enough password"));
      CompletableFuture<Void> held = CompletableFuture.runAsync(() -> t.shared.call(s -> {
        writing.countDown();
        TestServer.hold(release);
        return null;
      }));
      assertThat(writing.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> push = push(t);
      boolean busy = false;
      for (int i = 0; i < 2_000 && !busy; i++) {
        if (push.isDone()) {
          push = push(t);
          continue;
        }
        busy = t.get("ana", "/api/stats").statusCode() == 429;
      }
      assertThat(busy).as("the one worker is held by a push waiting for the writer").isTrue();

      HttpResponse<String> signedIn = t.send(HttpRequest.newBuilder(java.net.URI.create(t.url("/taxii2/")))
          .header("Accept", TestServer.TAXII).header("Authorization", TestServer.basic("bo", "a long enough password"))
          .timeout(PATIENCE).GET());

      assertThat(signedIn.statusCode()).isEqualTo(200);
      release.countDown();
      held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } finally {
      release.countDown();
    }
  }
}
