package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.alert.Alerter;
import org.vigil.alert.WebhookSender;
import org.vigil.alert.WebhookSettings;
import org.vigil.feeds.Feeds;
import org.vigil.feeds.LocalServer;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.query.KnowledgeBaseSource;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.StixConfig;
import org.vigil.stix.StixExporter;
import org.vigil.stix.StixMapper;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.UserRow;
import org.vigil.store.Viewer;
import org.vigil.store.WatchlistRow;
import org.vigil.taxii.Publisher;
import org.vigil.web.TestServer;

/**
 * The leak suite's world on a real server over a real SQLite file: the organisations and
 * partnerships, a user with a password and a key per identity, a keyword watchlist and a webhook
 * per organisation, the stranger's site watchlist by alpha's AMBER city, the canaries ingested
 * (raising alerts as they come) with related incidents linked across markings, alpha's own
 * records published into a TAXII collection every organisation reads, and one proposal each by
 * the stranger and the partner.
 */
final class Stage implements AutoCloseable {

  static final String ROOT = "shared";
  static final String COLLECTION = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  /** The object alpha's analyst posts over TAXII, marked AMBER+STRICT. */
  static final String INDICATOR = "indicator--0b6b0a5e-7c1d-4a8e-9f21-3c4d5e6f7a8b";

  final TestServer t;
  final LocalServer hooks;
  /** Webhook bodies received, by organisation. */
  final Map<String, List<String>> received = new ConcurrentHashMap<>();
  final Map<String, Long> orgs = new HashMap<>();
  final Map<String, Long> incidents = new HashMap<>();
  final Map<String, Long> reports = new HashMap<>();
  /** Every watchlist, by organisation ("stranger-site": the stranger's site watchlist). */
  final Map<String, Long> watchlists = new HashMap<>();
  final List<String> objectIds = new ArrayList<>();
  long strangerProposal;
  long partnerProposal;
  /** The same, for the web UI's decisions. */
  long strangerUiProposal;
  long partnerUiProposal;
  String status;
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, Browser> browsers = new HashMap<>();
  private final java.net.http.HttpClient streams = java.net.http.HttpClient.newHttpClient();

  Stage(Path dir) throws IOException {
    Store store = KnowledgeBase.open(dir);
    hooks = new LocalServer();
    for (String o : World.ORGANISATIONS) {
      hooks.on("/" + o, ex -> {
        received.computeIfAbsent(o, k -> new CopyOnWriteArrayList<>())
            .add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        LocalServer.send(ex, 204, "text/plain", "");
      });
    }
    store.inTransaction(() -> {
      World.ORGANISATIONS.forEach(o -> orgs.put(o, store.access().createOrganisation(o).id()));
      store.access().addPartner(orgs.get(World.ALPHA), orgs.get(World.PARTNER), Tlp.AMBER);
      store.access().addPartner(orgs.get(World.ALPHA), orgs.get(World.GREEN_PARTNER), Tlp.GREEN);
      for (Identity i : Identity.ALL) {
        if (i.org() != null) {
          UserRow u = store.access().createUser(orgs.get(i.org()), i.name(), i.role().label(),
              Passwords.hash(i.password()));
          ApiKeys.NewKey k = ApiKeys.generate();
          store.access().addKey(u.id(), k.prefix(), k.hash(), null);
          keys.put(i.name(), k.key());
          if (i.revoked()) {
            store.access().revokeKey(k.prefix());
            store.access().disableUser(i.name());
          }
        }
      }
      for (String o : World.ORGANISATIONS) {
        watchlists.put(o, store.watches().insert(new WatchlistRow(0, null, orgs.get(o), "checkpoints", "keywords",
            "checkpoint", null, null, null, null, List.of(), null, false)).id());
        store.webhooks().add(null, orgs.get(o), hooks.url("/" + o), "secret of " + o);
      }
      watchlists.put("stranger-site", store.watches().insert(new WatchlistRow(0, null, orgs.get(World.STRANGER),
          "Frontier posts", "site", "Frontier post", 34.01, 71.58, 50.0, "checkpoint", List.of(), null, false)).id());
      return null;
    });
    ingest(store);
    publish(store);
    t = new TestServer(store, TestServer.settings());
    status = TestServer.json(api(identity("alpha-analyst"), "POST", taxii("objects/"), "{\"objects\":[{\"type\":"
        + "\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + INDICATOR + "\","
        + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"pattern\":\"[x]\","
        + "\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\",\"object_marking_refs\":[\""
        + Tlp.AMBER_STRICT.markingId() + "\"]}]}")).path("id").asText();
    strangerProposal = review("stranger", incidents.get("Clear"), "44");
    partnerProposal = review("partner", incidents.get("Amber"), "77");
    strangerUiProposal = review("stranger", incidents.get("Clear"), "45");
    partnerUiProposal = review("partner", incidents.get("Amber"), "78");
    new WebhookSender(t.shared, WebhookSettings.defaults(), Feeds.LOCAL, java.time.Clock.systemUTC()).sendDue();
  }

  private void ingest(Store store) {
    Ingester ingester = new Ingester(store, KnowledgeBase.ENGINE, new IncidentMerger(store,
        KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()), KnowledgeBase.REGISTRIES.groups(),
        IngestSettings.defaults(), new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), false, 0),
        line -> { }, ids -> new Alerter(KnowledgeBase.REGISTRIES.groups()).onIncidents(store, ids));
    for (Canary c : World.CANARIES) {
      ingester.ingestReports(List.of(c.report(c == World.MIXED_AMBER ? 1 : 0)), "canary", new Ownership(c.owner().isEmpty() ? null
          : orgs.get(c.owner()), c.tlp()));
      store.reports().idByHash(org.vigil.ingest.Fingerprints.contentHash(org.vigil.ingest.Fingerprints.normalise(
          c.text())), new Ownership(c.owner().isEmpty() ? null : orgs.get(c.owner()), c.tlp()))
          .ifPresent(id -> reports.put(c.name(), id));
      store.sources().ofReport(Viewer.OPERATOR, reports.get(c.name())).forEach(s ->
          incidents.put(c.name(), s.incidentId()));
    }
    assertThat(incidents.get("Mixedamber")).as("alpha's AMBER report joins the public incident of the same attack")
        .isEqualTo(incidents.get("Mixedpublic"));
    // related incidents on the incident pages: one its readers may not read, one tied by a report they may not read
    store.links().link(incidents.get("Red"), incidents.get("Public"), "response_to", reports.get("Red"),
        "CanaryRed raid");
    store.links().link(incidents.get("Public"), incidents.get("Clear"), "response_to", reports.get("Amber"),
        "as OutletAmber tells it");
    assertThat(store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 100, 0)).hasSize(8);
  }

  private void publish(Store store) {
    store.collections().putApiRoot(new ApiRootRow(ROOT, "Shared", null, 1_000_000));
    store.collections().addCollection(new CollectionRow(COLLECTION, ROOT, "Incidents", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), false, false));
    World.ORGANISATIONS.forEach(o -> store.collections().grant(COLLECTION, orgs.get(o), true, o.equals(World.ALPHA)));
    long alpha = orgs.get(World.ALPHA);
    Instant now = Instant.parse("2024-04-01T00:00:00Z");
    StixMapper mapper = new StixMapper(KnowledgeBase.REGISTRIES, store.stixIds(), new StixConfig("Vigil", Tlp.CLEAR));
    var objects = new StixExporter(KnowledgeBaseSource.published(store, new IncidentMerger(store,
        KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()), alpha, mapper, now, Tlp.CLEAR, p -> { }))
        .export(ExportQuery.all(), mapper.producer(now));
    Publisher.publish(store, store.collections().find(ROOT, COLLECTION, alpha).orElseThrow(), alpha, "test", objects,
        now);
    objects.stream().filter(o -> !o.type().equals("marking-definition")).forEach(o -> objectIds.add(o.id()));
  }

  private long review(String who, long incident, String killed) {
    HttpResponse<String> r = api(identity(who), "POST", "/api/incidents/" + incident + "/reviews",
        "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"" + killed + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return TestServer.json(r).path("proposal").path("id").asLong();
  }

  static Identity identity(String name) {
    return Identity.ALL.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  static String taxii(String rest) {
    return "/taxii2/" + ROOT + "/collections/" + COLLECTION + "/" + rest;
  }

  /** A request as {@code who}: its API key as a bearer token, JSON or TAXII bodies by path. */
  HttpResponse<String> api(Identity who, String method, String path, String body) {
    boolean taxii = path.startsWith("/taxii2");
    HttpRequest.Builder b = t.as(null, path).header("Accept", taxii ? TestServer.TAXII : "application/json");
    if (keys.containsKey(who.name())) {
      b.header("Authorization", "Bearer " + keys.get(who.name()));
    }
    if (body != null) {
      b.header("Content-Type", taxii ? TestServer.TAXII : "application/json");
    }
    return t.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> get(Identity who, String path) {
    return api(who, "GET", path, null);
  }

  /** The identity's browser, signed in with its password where it may sign in. */
  Browser browser(Identity who) {
    return browsers.computeIfAbsent(who.name(), n -> {
      Browser b = new Browser(t.url(""));
      if (who.org() != null) {
        b.signIn(who.name(), who.password());
      }
      return b;
    });
  }

  /** Opens the REST API's alert stream as {@code who}; its lines arrive in {@code lines}. */
  void openStream(Identity who, List<String> lines) {
    HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(t.url("/api/alerts/stream")))
        .header("Accept", "text/event-stream");
    if (keys.containsKey(who.name())) {
      b.header("Authorization", "Bearer " + keys.get(who.name()));
    }
    streams.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(r -> {
      lines.add("status " + r.statusCode());
      r.body().forEach(lines::add);
    }, Browser.STREAM_READERS);
  }

  String key(Identity who) {
    return keys.get(who.name());
  }

  @Override
  public void close() {
    t.close();
    hooks.close();
  }
}
