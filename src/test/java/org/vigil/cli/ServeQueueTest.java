package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import picocli.CommandLine;

/**
 * The server never stops answering because of one report (issue 13): the queue extracts without
 * holding the store, keeps a report it cannot ingest as failed (shown by the CLI and REST) and
 * never retries it on its own, and stops at once whatever it is extracting.
 */
class ServeQueueTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIRE = "MOGADISHU, Somalia (Example Wire) - A car bomb exploded outside a hotel in "
      + "Mogadishu on Saturday, killing at least 12 people and wounding 20 others, police said.";
  /** About 200 KB of one sentence repeated: once this held the store's lock for minutes. */
  private static final String REPEATED = "A bomb exploded in Kabul on Tuesday, killing 5 people. ".repeat(3_700);

  @TempDir Path dir;
  private String data;
  private String key;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ServeCommand.Running running;

  private static String run(String... args) {
    return Serving.cli(args);
  }

  @BeforeEach
  void setUp() throws IOException {
    data = dir.resolve("data").toString();
    run("admin", "add-org", "alpha", "--data", data);
    run("admin", "add-user", "ana", "--org", "alpha", "--role", "analyst", "--data", data);
    key = run("admin", "add-key", "ana", "--data", data).strip();
    Files.writeString(dir.resolve("data").resolve("vigil.properties"), "server.rate-limit-per-minute = 0\n");
  }

  @AfterEach
  void tearDown() {
    if (running != null) {
      running.stop();
    }
  }

  private void serve(CommandLine.IFactory factory, String... extra) {
    running = Serving.start(data, factory, extra);
  }

  private void stop() {
    running.stop();
    running = null;
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port() + path))
        .header("Authorization", "Bearer " + key).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> push(String id, String text) throws Exception {
    String body = JSON.createObjectNode().put("id", id).put("text", text).put("published", "2024-03-10").toString();
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port() + "/api/reports"))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode queue() throws Exception {
    HttpResponse<String> r = get("/api/queue", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private long reports() throws Exception {
    return JSON.readTree(get("/api/stats", "application/json").body()).get("reports").asLong();
  }

  /** Waits until nothing waits in the queue. */
  private JsonNode drained() throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode q = queue();
    while (q.get("waiting").asLong() > 0 && System.nanoTime() < end) {
      Thread.sleep(50);
      q = queue();
    }
    assertThat(q.get("waiting").asLong()).as("queue drained").isZero();
    return q;
  }

  @Test
  void a_report_the_engine_fails_on_is_kept_as_failed_with_its_reason_and_not_retried() throws Exception {
    Path drop = Files.createDirectories(dir.resolve("inbox"));
    serve(FailingEngine.factory(), "--drop-dir", drop.toString());
    assertThat(push("p1", WIRE).statusCode()).isEqualTo(202);
    assertThat(push("p2", "A bomb exploded in Kabul on Tuesday. " + FailingEngine.MARK).statusCode()).isEqualTo(202);
    Files.writeString(drop.resolve("bad.txt"), "Gunmen attacked a market in Kano. " + FailingEngine.MARK);

    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode q = queue();
    while ((q.get("waiting").asLong() > 0 || q.get("failed").isEmpty() || reports() < 3) && System.nanoTime() < end) {
      Thread.sleep(50);
      q = queue();
    }
    assertThat(q.get("failed")).as("the failed items the user's organisation pushed").hasSize(1);
    assertThat(q.get("failed").findValuesAsText("reason")).allSatisfy(r -> assertThat(r)
        .contains("engine failed: IllegalStateException: injected failure").contains("vigil reextract"));
    assertThat(q.get("failed").findValuesAsText("origin")).containsExactly("api:ana");
    assertThat(reports()).as("every report stored, the failed ones without incidents").isEqualTo(3);

    Thread.sleep(500); // several ticks: a failed item is not taken again
    JsonNode later = queue();
    assertThat(later.get("failed").findValues("attempts")).allSatisfy(a -> assertThat(a.asInt()).isEqualTo(1));
    assertThat(later.get("waiting").asLong()).isZero();
    stop();

    String listed = run("queue", "list", "--data", data);
    assertThat(listed).contains("waiting: 0").contains("failed:  2").contains("report p2: engine failed");
    long id = q.get("failed").get(0).get("id").asLong();
    assertThat(run("queue", "retry", String.valueOf(id), "--data", data)).contains("will be ingested again");
    assertThat(run("queue", "list", "--data", data)).contains("waiting: 1").contains("failed:  1");
  }

  @Test
  void a_200_kb_report_of_one_repeated_sentence_never_stops_the_server_answering() throws Exception {
    serve(CommandLine.defaultFactory());
    assertThat(push("long", REPEATED).statusCode()).isEqualTo(202);
    answersWhileTheQueueWorks();
    assertThat(reports()).isEqualTo(1);
    stop();

    // the same report queued again (another id) and still queued at a restart
    try (Store s = SqlStore.open(Database.sqlite(Path.of(data)))) {
      s.inTransaction(() -> s.pending().addRecord("api:ana", JSON.createObjectNode().put("id", "again")
          .put("text", REPEATED + " Police said.").toString()));
    }
    serve(CommandLine.defaultFactory());
    answersWhileTheQueueWorks();
    assertThat(reports()).isEqualTo(2);
    assertThat(queue().get("failed")).isEmpty();
  }

  /** Asks for the stats and a TAXII page until the queue is empty; each answers within a second. */
  private void answersWhileTheQueueWorks() throws Exception {
    boolean duringWork = false;
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < end) {
      boolean waiting = queue().get("waiting").asLong() > 0;
      long t0 = System.nanoTime();
      HttpResponse<String> stats = get("/api/stats", "application/json");
      long statsMillis = (System.nanoTime() - t0) / 1_000_000;
      t0 = System.nanoTime();
      HttpResponse<String> taxii = get("/taxii2/", "application/taxii+json;version=2.1");
      long taxiiMillis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(stats.statusCode()).isEqualTo(200);
      assertThat(taxii.statusCode()).isEqualTo(200);
      assertThat(statsMillis).as("GET /api/stats while the queue works, in ms").isLessThan(1000);
      assertThat(taxiiMillis).as("GET /taxii2/ while the queue works, in ms").isLessThan(1000);
      duringWork |= waiting;
      if (!waiting) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(duringWork).as("some answers came while the report was being ingested").isTrue();
    drained();
  }

  @Test
  void stopping_the_server_interrupts_the_engine_and_leaves_the_report_for_the_next_start() throws Exception {
    serve(FailingEngine.factory());
    assertThat(push("slow", WIRE + " " + FailingEngine.SLOW).statusCode()).isEqualTo(202);
    Thread.sleep(500); // taken, and the engine is at work on it
    assertThat(queue().get("waiting").asLong()).isEqualTo(1);
    long t0 = System.nanoTime();
    stop();
    assertThat((System.nanoTime() - t0) / 1_000_000).as("stop, in ms").isLessThan(5000);

    serve(CommandLine.defaultFactory());
    JsonNode q = drained();
    assertThat(q.get("failed")).as("an interrupted attempt is no failure").isEmpty();
    assertThat(reports()).isEqualTo(1);
  }
}
