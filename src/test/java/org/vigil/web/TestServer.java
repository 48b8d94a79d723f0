package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.vigil.access.ApiKeys;
import org.vigil.access.Role;
import org.vigil.alert.AlertBus;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.ui.UiSettings;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.Organisation;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.store.UserRow;

/**
 * A real server on port 0 over a real SQLite file, and an HTTP client that speaks as one of
 * the users it made. Close it after the test.
 */
public final class TestServer implements AutoCloseable {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final String TAXII = "application/taxii+json;version=2.1";

  public final Store store;
  /** The store as the server shares it: work on it while the server runs. */
  public final SharedStore shared;
  /** Where the server's committed alerts are published, to its event streams. */
  public final AlertBus bus = new AlertBus();
  public final VigilServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, String> keys = new HashMap<>();

  public TestServer(Path dir, ServerSettings settings) {
    this(SqlStore.open(Database.sqlite(dir)), settings);
  }

  public TestServer(Store store, ServerSettings settings) {
    this(store, settings, IntakeSettings.defaults());
  }

  /** @param intake who owns the instance's own intake (its admins read the feeds) */
  public TestServer(Store store, ServerSettings settings, IntakeSettings intake) {
    this.store = store;
    this.shared = new SharedStore(store);
    this.server = VigilServer.create(shared, settings.withAddress("127.0.0.1", 0),
        UiSettings.defaults(), intake, Registries.bundled(), MergeRules.defaults(), Clock.systemUTC(),
        new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8), bus, () -> { })
        .start();
  }

  public static ServerSettings settings() {
    return ServerSettings.defaults().withRateLimit(0, 1);
  }

  /** Adds (or finds) an organisation. Not to be called while requests run. */
  public Organisation org(String name) {
    return store.access().findOrganisation(name).orElseGet(() -> store.access().createOrganisation(name));
  }

  /** Adds a user with an API key, remembered for {@link #as}. */
  public UserRow user(String name, String org, Role role) {
    UserRow u = store.access().createUser(org(org).id(), name, role.label(), null);
    ApiKeys.NewKey k = ApiKeys.generate();
    store.access().addKey(u.id(), k.prefix(), k.hash(), null);
    keys.put(name, k.key());
    return u;
  }

  public String key(String user) {
    return keys.get(user);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** A request builder with the user's key as a bearer token and the TAXII Accept header. */
  public HttpRequest.Builder as(String user, String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", TAXII);
    if (user != null) {
      b.header("Authorization", "Bearer " + keys.get(user));
    }
    return b;
  }

  public static String basic(String user, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String user, String path) {
    return send(as(user, path).GET());
  }

  public HttpResponse<String> post(String user, String path, String body) {
    return send(as(user, path).header("Content-Type", TAXII).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> delete(String user, String path) {
    return send(as(user, path).DELETE());
  }

  /** Waits until {@code latch} opens: a thread of a test held until the test has seen what it wants. */
  public static void hold(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + r.body(), e);
    }
  }

  @Override
  public void close() {
    server.stop();
    shared.close();
    store.close();
  }
}
