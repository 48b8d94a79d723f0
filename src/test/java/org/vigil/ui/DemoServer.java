package org.vigil.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigil.alert.AlertBus;
import org.vigil.demo.DemoData;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.monitor.QueueDrain;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;
import org.vigil.web.VigilServer;

/**
 * The demo set in a real SQLite file under a test's directory, served on port 0, with a
 * browser-like client (cookies kept) that can sign in. Close it after the tests.
 */
final class DemoServer implements AutoCloseable {

  /** A report with markup in its title and text, which every page must show as text (the tests', not the demo's). */
  static final String MARKUP = "{\"id\":\"markup-1\",\"title\":\"Report with markup <script>alert('x')</script> in its "
      + "title\",\"published\":\"2024-10-01\",\"source\":\"Test Wire\",\"text\":\"KABUL, Oct 1 (Test Wire) - A bomb "
      + "exploded near a checkpoint in Kabul on Monday, killing two police officers, officials said. "
      + "<script>alert('xss')</script> The text above contains a script tag that must be shown as text, never run. "
      + "Islamic State Khorasan claimed the attack.\"}";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final Store store;
  final VigilServer server;
  final DemoData.Loaded loaded;
  /** Ingests queued reports and publishes their alerts to the server's streams, as the monitor does. */
  private final QueueDrain drain;
  private final SharedStore shared;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  DemoServer(Path dir) {
    Registries registries = Registries.bundled();
    store = SqlStore.open(Database.sqlite(dir));
    store.inTransaction(() -> {
      store.groups().seed(registries.groups().all().stream()
          .map(g -> new GroupRow(g.id(), g.name(), g.parent(), null)).toList());
      return null;
    });
    Extractor extractor = Extractor.create(registries, new GazetteerGeocoder(Gazetteer.loadDefault()));
    loaded = DemoData.load(store, registries, extractor, MergeRules.defaults(), IngestSettings.defaults(), dir);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    shared = new SharedStore(store);
    AlertBus bus = new AlertBus();
    IntakeSettings intake = new IntakeSettings(DemoData.ORGANISATION, org.vigil.stix.Tlp.GREEN);
    drain = new QueueDrain(shared, extractor, registries, MergeRules.defaults(), IngestSettings.defaults(), intake, bus,
        quiet);
    server = VigilServer.create(shared, ServerSettings.defaults().withRateLimit(0, 1).withAddress("127.0.0.1", 0),
        UiSettings.defaults(), intake, registries, MergeRules.defaults(), Clock.systemUTC(), quiet, bus, () -> { }).start();
    shared.call(s -> s.pending().addRecord("test", MARKUP));
    drain.drain();
  }

  /** Queues a pushed report and ingests it at once; its alerts are stored and published. */
  void ingest(String id, String text, String published) {
    String record = "{\"id\":\"" + id + "\",\"text\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(text)
        + ",\"published\":\"" + published + "\",\"source\":\"Test Wire\"}";
    shared.call(s -> s.pending().addRecord("test", record));
    drain.drain();
  }

  /** Runs {@code work} on the server's store, as its requests do (one at a time). */
  <T> T call(java.util.function.Function<Store, T> work) {
    return shared.call(work);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /**
   * Opens a server-sent event stream with this client's session on a daemon thread; the status
   * line ({@code "status: 200"}) and then each line of the stream go to the queue as they arrive.
   */
  BlockingQueue<String> stream(String path) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try {
        HttpResponse<Stream<String>> r = client.send(HttpRequest.newBuilder(URI.create(url(path)))
            .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        lines.add("status: " + r.statusCode());
        r.body().forEach(lines::add);
      } catch (IOException | UncheckedIOException e) {
        lines.add("closed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** Signs in as the demo analyst; returns the session's CSRF token (from the dashboard). */
  String signIn() {
    String token = csrf(get("/ui/login").body());
    HttpResponse<String> r = post("/ui/login", "csrf=" + enc(token) + "&name=" + enc(loaded.user()) + "&password="
        + enc(loaded.password()));
    if (r.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
    }
    return csrf(get("/ui/").body());
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field in the page");
    }
    return m.group(1);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest r) {
    return send(client, r);
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest r) {
    try {
      return client.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    shared.close();
    store.close();
  }

  /** A second client without a session, over the same server. */
  static final class Anonymous {
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private final DemoServer demo;

    Anonymous(DemoServer demo) {
      this.demo = demo;
    }

    HttpResponse<String> get(String path) {
      return send(client, HttpRequest.newBuilder(URI.create(demo.url(path))).GET().build());
    }

    HttpResponse<String> post(String path, String form) {
      return send(client, HttpRequest.newBuilder(URI.create(demo.url(path))).header("Content-Type",
          "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
  }
}
