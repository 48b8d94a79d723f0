package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alert.Signatures;
import org.vigil.feeds.LocalServer;
import picocli.CommandLine;

/**
 * {@code vigil serve} as a monitor, with a local feed server and a webhook receiver on loopback:
 * a feed item that matches a watchlist raises an alert seen through the REST API, the event
 * stream and a signed webhook; a later report updates it; the drop directory and pushed reports
 * take the same path; webhooks are retried; a restart loses no queued report and resends nothing.
 */
class MonitoringServeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIRE = "MOGADISHU, Somalia (Example Wire) - A car bomb exploded outside a hotel in "
      + "Mogadishu on Saturday, killing at least 12 people and wounding 20 others, police said. Al-Shabaab claimed "
      + "responsibility for the attack in a statement on its radio station.";
  private static final String LATER = "MOGADISHU, Somalia (Local Daily) - At least 17 people were killed and 25 "
      + "wounded when a car bomb exploded outside a hotel in Mogadishu on Saturday, officials said on Monday, "
      + "raising the toll. Al-Shabaab claimed the bombing.";

  /** A webhook call as received. */
  record Hook(String body, String signature, String event) {}

  @TempDir Path dir;
  private String data;
  private String key;
  private String secret;
  private LocalServer local;
  private final List<Hook> hooks = new CopyOnWriteArrayList<>();
  private final AtomicInteger hookFailuresLeft = new AtomicInteger();
  private final CountDownLatch feedOpen = new CountDownLatch(1);
  private final HttpClient http = HttpClient.newHttpClient();
  private ServeCommand.Running running;

  private static String run(String... args) {
    return Serving.cli(args);
  }

  @BeforeEach
  void setUp() throws IOException {
    data = dir.resolve("data").toString();
    local = new LocalServer();
    local.on("/feed.xml", ex -> {
      try {
        feedOpen.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalServer.send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
          + "<title>Example Wire</title><link>https://news.example.org/</link><description>d</description>"
          + "<item><guid>wire-1</guid><title>Hotel bombing</title><link>https://news.example.org/1</link>"
          + "<pubDate>Sun, 10 Mar 2024 08:00:00 GMT</pubDate><description>" + WIRE + "</description></item>"
          + "</channel></rss>");
    });
    local.on("/hook", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (hookFailuresLeft.getAndDecrement() > 0) {
        LocalServer.send(ex, 503, "text/plain", "busy");
        return;
      }
      hooks.add(new Hook(body, ex.getRequestHeaders().getFirst(Signatures.HEADER),
          ex.getRequestHeaders().getFirst("X-Vigil-Event")));
      LocalServer.send(ex, 204, "text/plain", "");
    });
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data").resolve("vigil.properties"), "webhooks.backoff-seconds = 0.05\n"
        + "webhooks.max-attempts = 3\nfeeds.min-every-seconds = 1\noutbound.allowed-hosts = 127.0.0.1\n"
        + "kb.organisation = alpha\n");
    run("admin", "add-org", "alpha", "--data", data);
    run("admin", "add-user", "ana", "--org", "alpha", "--role", "admin", "--data", data);
    key = run("admin", "add-key", "ana", "--data", data).strip();
    run("watch", "add", "Shabaab", "--group", "al-Shabab", "--user", "ana", "--data", data);
    Matcher m = Pattern.compile("signing secret \\(shown once\\): ([0-9a-f]+)")
        .matcher(run("watch", "webhook", local.url("/hook"), "--user", "ana", "--data", data));
    assertThat(m.find()).isTrue();
    secret = m.group(1);
  }

  @AfterEach
  void tearDown() {
    feedOpen.countDown();
    if (running != null) {
      running.stop();
    }
    local.close();
  }

  private void serve(String... extra) {
    running = Serving.start(data, CommandLine.defaultFactory(), extra);
  }

  private void stop() {
    running.stop();
    running = null;
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port() + path))
        .header("Authorization", "Bearer " + key);
    b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = send("GET", path, null);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private BooleanSupplier alerts(int n) {
    return () -> {
      try {
        return get("/api/alerts").path("alerts").size() == n;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  void a_feed_item_matching_a_watchlist_alerts_through_the_api_the_stream_and_a_signed_webhook() throws Exception {
    serve("--feed", local.url("/feed.xml"));
    List<String> events = new CopyOnWriteArrayList<>();
    http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port()
        + "/api/alerts/stream")).header("Authorization", "Bearer " + key).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().forEach(events::add));
    await("the stream is open", () -> events.stream().anyMatch(l -> l.startsWith(": vigil alerts for ana")));
    feedOpen.countDown();

    await("a webhook call", () -> hooks.size() == 1);
    Hook h = hooks.get(0);
    assertThat(Signatures.verify(secret, h.body().getBytes(StandardCharsets.UTF_8), h.signature())).isTrue();
    JsonNode body = JSON.readTree(h.body());
    assertThat(body.path("event").asText()).isEqualTo("alert.created");
    assertThat(body.path("incident").path("killed").asInt()).isEqualTo(12);
    assertThat(get("/api/alerts").path("alerts")).singleElement()
        .satisfies(a -> assertThat(a.path("reason").asText()).isEqualTo("group Al-Shabaab"));
    await("the stream's event", () -> events.contains("event: alert"));
    assertThat(get("/api/feeds").path("feeds").get(0).path("itemsSeen").asInt()).isEqualTo(1);

    HttpResponse<String> pushed = send("POST", "/api/reports", JSON.createObjectNode().put("id", "local-2")
        .put("text", LATER).put("published", "2024-03-12").put("source", "Local Daily").toString());
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);

    await("the update's webhook call", () -> hooks.size() == 2);
    JsonNode update = JSON.readTree(hooks.get(1).body());
    assertThat(update.path("event").asText()).isEqualTo("alert.updated");
    assertThat(update.path("change").asText()).contains("killed 12 -> 17");
    assertThat(get("/api/alerts").path("alerts")).singleElement()
        .satisfies(a -> assertThat(a.path("version").asInt()).isEqualTo(2));
    assertThat(hooks).extracting(Hook::event).doesNotHaveDuplicates();
  }

  @Test
  void a_failing_webhook_is_retried_with_backoff_and_its_failures_are_visible() throws Exception {
    hookFailuresLeft.set(2);
    feedOpen.countDown();
    serve("--feed", local.url("/feed.xml"));

    await("the delivery after two failures", () -> hooks.size() == 1);
    JsonNode d = get("/api/webhooks/deliveries").path("deliveries").get(0);
    assertThat(d.path("status").asText()).isEqualTo("delivered");
    assertThat(d.path("attempts").asInt()).isEqualTo(3);
    assertThat(d.path("lastError").isNull()).isTrue();
  }

  @Test
  void a_webhook_that_keeps_failing_is_marked_failed_with_its_last_error() throws Exception {
    hookFailuresLeft.set(100);
    feedOpen.countDown();
    serve("--feed", local.url("/feed.xml"));

    await("the delivery to fail", () -> {
      try {
        return get("/api/webhooks/deliveries").path("deliveries").path(0).path("status").asText().equals("failed");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    JsonNode d = get("/api/webhooks/deliveries").path("deliveries").get(0);
    assertThat(d.path("lastError").asText()).startsWith("HTTP 503 from the webhook").doesNotContain(local.url("/hook"))
        .endsWith("(gave up after 3 attempts, webhooks.max-attempts)");
  }

  @Test
  void the_drop_directory_takes_files_through_the_same_path_and_rejects_what_it_cannot_read() throws Exception {
    Path drop = dir.resolve("drop");
    serve("--drop-dir", drop.toString());
    Files.writeString(drop.resolve("wire.jsonl.part"), "{\"id\":\"wire-1\",\"published\":\"2024-03-10\",\"text\":\""
        + WIRE + "\"}\n");
    Files.move(drop.resolve("wire.jsonl.part"), drop.resolve("wire.jsonl"));
    Files.write(drop.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

    await("the dropped report's alert", alerts(1));
    await("the bad file rejected", () -> Files.exists(drop.resolve("rejected/bad.txt.reason")));
    assertThat(Files.exists(drop.resolve("done/wire.jsonl"))).isTrue();
    assertThat(Files.readString(drop.resolve("rejected/bad.txt.reason"))).isEqualTo("the file is not UTF-8 text\n");
    assertThat(get("/api/stats").path("reports").asInt()).isEqualTo(1);
  }

  @Test
  void a_bad_pushed_report_is_rejected_saying_what_and_why() throws Exception {
    serve();
    HttpResponse<String> noText = send("POST", "/api/reports", "{\"id\":\"x\"}");
    HttpResponse<String> badDate = send("POST", "/api/reports", "{\"text\":\"t\",\"published\":\"10/03/2024\"}");
    HttpResponse<String> extra = send("POST", "/api/reports", "{\"text\":\"t\",\"body\":\"t\"}");

    assertThat(noText.statusCode()).isEqualTo(422);
    assertThat(noText.body()).contains("field 'text' is required");
    assertThat(badDate.body()).contains("'10/03/2024' is not a date of the form YYYY-MM-DD");
    assertThat(extra.body()).contains("field 'body' is not one of");
  }

  @Test
  void a_restart_loses_no_queued_report_and_resends_no_alert() throws Exception {
    feedOpen.countDown();
    serve("--feed", local.url("/feed.xml"));
    await("the first alert's webhook", () -> hooks.size() == 1);
    await("its delivery recorded", () -> {
      try {
        return get("/api/webhooks/deliveries").path("deliveries").path(0).path("status").asText().equals("delivered");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    stop();
    // a report queued while the server is down: as if it stopped before ingesting it
    try (var store = org.vigil.store.SqlStore.open(org.vigil.store.Database.sqlite(Path.of(data)))) {
      store.pending().addRecord("api:ana", JSON.createObjectNode().put("id", "local-2").put("text", LATER)
          .put("published", "2024-03-12").toString());
    }

    serve("--feed", local.url("/feed.xml"));

    await("the queued report's update", () -> hooks.size() == 2);
    assertThat(JSON.readTree(hooks.get(1).body()).path("event").asText()).isEqualTo("alert.updated");
    assertThat(hooks).extracting(Hook::event).doesNotHaveDuplicates();
  }
}
