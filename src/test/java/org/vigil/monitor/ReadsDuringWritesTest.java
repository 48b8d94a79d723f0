package org.vigil.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.alert.AlertBus;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import org.vigil.web.TestServer;

/**
 * The server answers reads while a write transaction is open and while the engine extracts a
 * queued report: nothing in it serialises reads behind writes or CPU work. No timing: the
 * writer and the engine are held on latches until the reads have been answered.
 */
class ReadsDuringWritesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void reads_and_a_password_check_are_answered_while_a_write_transaction_and_an_extraction_are_in_progress(
      @TempDir Path dir) throws Exception {
    Registries registries = Registries.bundled();
    Extractor extractor = Extractor.create(registries, new GazetteerGeocoder(Gazetteer.loadDefault()));
    CountDownLatch extracting = new CountDownLatch(1);
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<Report, ExtractionOutcome> heldEngine = r -> {
      extracting.countDown();
      TestServer.hold(release);
      return extractor.attempt(r);
    };
    ExecutorService background = Executors.newFixedThreadPool(2);
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("ana", "Observatory", Role.ANALYST);
      t.store.access().createUser(t.org("Observatory").id(), "pat", Role.ANALYST.label(),
          Passwords.hash("a long enough password"));
      QueueDrain drain = new QueueDrain(t.shared, extractor, heldEngine, registries, MergeRules.defaults(),
          IngestSettings.defaults(), IntakeSettings.defaults(), t.bus, quiet());
      t.shared.call(s -> s.pending().addRecord("test", "{\"id\":\"r1\",\"published\":\"2024-03-02\","
          + "\"text\":\"Gunmen attacked a police post in Mosul on Friday, killing three officers.\"}"));

      Future<Integer> drained = background.submit(drain::drain);
      assertThat(extracting.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the engine started").isTrue();
      Future<Long> written = background.submit(() -> t.shared.call(s -> {
        long id = s.access().createOrganisation("Newsroom").id();
        writing.countDown();
        TestServer.hold(release);
        return id;
      }));
      assertThat(writing.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the write began").isTrue();

      HttpResponse<String> stats = t.send(t.as("ana", "/api/stats").timeout(PATIENCE).GET());
      HttpResponse<String> incidents = t.send(t.as("ana", "/api/incidents").timeout(PATIENCE).GET());
      HttpResponse<String> discovery = t.send(HttpRequest.newBuilder(java.net.URI.create(t.url("/taxii2/")))
          .header("Accept", "application/taxii+json;version=2.1")
          .header("Authorization", TestServer.basic("pat", "a long enough password")).timeout(PATIENCE).GET());

      assertThat(stats.statusCode()).isEqualTo(200);
      assertThat(TestServer.json(stats).path("reports").asLong()).as("the report being extracted is not in yet")
          .isZero();
      assertThat(incidents.statusCode()).isEqualTo(200);
      assertThat(discovery.statusCode()).as("a password checked while the writer is held").isEqualTo(200);
      assertThat(drained.isDone()).as("the extraction is still held").isFalse();
      assertThat(written.isDone()).as("the write transaction is still open").isFalse();

      release.countDown();
      assertThat(written.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isPositive();
      assertThat(drained.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
      assertThat(TestServer.json(t.get("ana", "/api/stats")).path("reports").asLong())
          .as("the extracted report is stored once released").isEqualTo(1);
    } finally {
      release.countDown();
      background.shutdownNow();
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
