package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.alert.AlertBus;
import org.vigil.ingest.IntakeSettings;
import org.vigil.registry.Registries;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;
import org.vigil.store.Viewer;
import org.vigil.taxii.Stored;
import org.vigil.ui.UiSettings;
import org.vigil.web.Capacity;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;
import org.vigil.web.VigilServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench-serve}: fills a fresh knowledge base (SQLite, or an empty PostgreSQL database) with generated incidents and
 * TAXII objects, serves it on the loopback address and drives its main routes with 1, 16 and 64
 * concurrent clients, each run bounded in time and count; prints requests/s and p50/p99 per
 * route and client count.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = "Measure the server under concurrent clients on a generated knowledge base, SQLite or --db "
        + "PostgreSQL (loopback only).")
final class BenchServeCommand implements Callable<Integer> {

  private static final String COLLECTION = "bench-objects";
  /** Objects written in one transaction while filling. */
  private static final int FILL_BATCH = 20_000;
  private static final String TAXII = "application/taxii+json;version=2.1";
  private static final String PASSWORD_USER = "bench-password";
  /** Generated for a throwaway store on the loopback address. */
  private static final String PASSWORD = "a benchmark password, never reused";

  @Spec CommandSpec spec;

  @Option(names = "--incidents", defaultValue = "100000", description = "Incidents to generate (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--objects", defaultValue = "1000000", description = "TAXII objects to generate (default: ${DEFAULT-VALUE}).")
  int objects;

  @Option(names = "--db", paramLabel = "URL", description = "A PostgreSQL database without Vigil tables, or "
      + "with an empty knowledge base, to fill and serve instead of a temporary SQLite file: "
      + "postgresql://user:pass@host:port/db (it is left filled).")
  String db;

  @Option(names = "--clients", split = ",", defaultValue = "1,16,64", description = "Concurrent clients per run (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(names = "--seconds", defaultValue = "5", description = "Longest run per route and client count (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--routes", split = ",", defaultValue = "taxii,incidents,search,stats,reports,passwords",
      description = "Routes to drive, in order: taxii (a page of 100 objects), incidents, search, stats, reports "
          + "(POST), passwords (a search and a TAXII page while clients sign in with a password) (default: "
          + "${DEFAULT-VALUE}).")
  List<String> routes;

  @Option(names = "--warmup", defaultValue = "2000", description = "Requests sent to each route before its "
      + "measured runs (at most --seconds long, not reported) (default: ${DEFAULT-VALUE}).")
  long warmup;

  @Option(names = "--workers", paramLabel = "N", description = "Requests the server handles at once, its "
      + "server.workers (default: the server's default, " + Capacity.DEFAULT_WORKERS + ").")
  Integer workers;

  @Option(names = "--max-requests", defaultValue = "50000", description = "Most requests per run (default: ${DEFAULT-VALUE}).")
  long maxRequests;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (incidents < 0 || objects < 0 || seconds <= 0 || seconds > 600 || maxRequests < 1 || warmup < 1
        || clients.stream().anyMatch(c -> c < 1 || c > 1_000)) {
      throw new UserError("--incidents and --objects must be at least 0, --seconds in (0, 600], --max-requests "
          + "and --warmup at least 1 and each of --clients in 1..1000");
    }
    List<String> known = List.of("taxii", "incidents", "search", "stats", "reports", "passwords");
    routes.stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
      throw new UserError("--routes: '" + r + "' is not one of " + String.join(", ", known));
    });
    Settings settings = Settings.defaults();
    ServerSettings serving = settings.server();
    if (workers != null) {
      if (workers < 1 || workers > 1_000) {
        throw new UserError("--workers " + workers + " is outside 1..1000");
      }
      Capacity c = serving.capacity();
      serving = serving.withCapacity(new Capacity(workers, c.maxQueued(), c.readConnections(), c.passwordWorkers(),
          c.verifiedKeys()));
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("vigil-bench-serve");
    StoreOptions options = new StoreOptions();
    options.data = dir;
    Registries registries = Registries.bundled();
    options.db = db;
    Store store = options.open(settings, registries);
    if (store.collections().all().stream().anyMatch(c -> c.id().equals(COLLECTION))
        || store.stats(Viewer.OPERATOR).incidents() > 0) {
      store.close();
      throw new UserError("--db: " + store.database() + " already holds a knowledge base; the benchmark needs an "
          + "empty one");
    }
    try (SharedStore shared = new SharedStore(store, settings.server().capacity().readConnections())) {
      long t = System.nanoTime();
      QueryLoad.fill(store, incidents, 1);
      String key = fillObjects(store, objects);
      if (store.dialect() == org.vigil.store.Dialect.POSTGRESQL) {
        store.analyze(); // what autovacuum does soon after a bulk load; SQLite plans without statistics by default
      }
      out.printf(Locale.ROOT, "filled %s with %d incidents and %d TAXII objects in %.1f s%n", store.dialect(),
          incidents, objects, (System.nanoTime() - t) / 1e9);
      VigilServer server = VigilServer.create(shared, serving.withRateLimit(0, 1)
          .withAddress("127.0.0.1", 0), UiSettings.defaults(), IntakeSettings.defaults(), registries,
          settings.merge(), Clock.systemUTC(), new PrintStream(PrintStream.nullOutputStream(), true,
              StandardCharsets.UTF_8), new AlertBus(), () -> { }).start();
      try {
        drive(out, new ServeLoad(server.port()), key);
      } finally {
        server.stop();
      }
    } finally {
      store.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    out.flush();
    return 0;
  }

  private void drive(PrintWriter out, ServeLoad load, String bearer) throws InterruptedException {
    String key = "Bearer " + bearer;
    String json = "application/json";
    Map<String, ServeLoad.Route> all = Map.of("taxii",
        load.route("TAXII objects, page of 100", "/taxii2/bench/collections/" + COLLECTION + "/objects/?limit=100",
            key, TAXII, null),
        "incidents", load.route("GET /api/incidents", "/api/incidents?limit=50", key, json, null),
        "search", load.route("GET /api/search", "/api/search?q=bombing", key, json, null),
        "stats", load.route("GET /api/stats", "/api/stats", key, json, null),
        "reports", load.route("POST /api/reports", "/api/reports", key, json,
            "{\"text\":\"Gunmen attacked a police post in Kirkuk on Friday, killing two officers.\"}"));
    out.printf(Locale.ROOT, "%d cores, load average %.1f; each run at most %.0f s and %d requests%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), seconds, maxRequests);
    out.printf(Locale.ROOT, "%-28s %7s %9s %9s %9s %7s %11s %11s %11s%n", "route", "clients", "req/s", "p50 ms",
        "p99 ms", "failed", "CPU ms/req", "server ms", "clients ms");
    for (String name : routes) {
      ServeLoad.Route r = all.get(name);
      if (r == null) {
        continue; // "passwords", below
      }
      // not reported: the route's code compiled by the JIT, as in a server that has been running
      load.run(r, Math.min(16, clients.stream().mapToInt(Integer::intValue).max().orElse(1)), seconds, warmup);
      for (int c : clients) {
        ServeLoad.Result res = load.run(r, c, seconds, maxRequests);
        out.printf(Locale.ROOT, "%-28s %7d %9.0f %9.1f %9.1f %7d %11.2f %11.2f %11.2f%n", r.name(), c,
            res.perSecond(), res.p50Millis(), res.p99Millis(), res.failed(), res.cpuMillisPerRequest(),
            res.serverCpuMillisPerRequest(), res.clientCpuMillisPerRequest());
        out.flush();
      }
    }
    if (routes.contains("passwords")) {
      passwords(out, load, List.of(all.get("search"), all.get("taxii")));
    }
    out.printf(Locale.ROOT, "load average at the end %.1f%n", loadAverage());
  }

  /** Runs each of {@code routes} with one client while as many clients as the most given sign in with a password. */
  private void passwords(PrintWriter out, ServeLoad load, List<ServeLoad.Route> routes) throws InterruptedException {
    ServeLoad.Route signIn = load.route("Basic password, TAXII discovery", "/taxii2/", "Basic "
        + Base64.getEncoder().encodeToString((PASSWORD_USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), TAXII,
        null);
    for (ServeLoad.Route r : routes) {
      int busy = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
      ServeLoad.Result[] slow = new ServeLoad.Result[1];
      Thread t = new Thread(() -> {
        try {
          slow[0] = load.run(signIn, busy, seconds, maxRequests);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      ServeLoad.Result res = load.run(r, 1, seconds, maxRequests);
      t.join();
      out.printf(Locale.ROOT, "%-28s %7d %9.0f %9.1f %9.1f %7d   while %d clients sign in with a password "
          + "(%.0f/s, p99 %.1f ms)%n", r.name(), 1, res.perSecond(), res.p50Millis(), res.p99Millis(), res.failed(),
          busy, slow[0] == null ? 0 : slow[0].perSecond(), slow[0] == null ? 0 : slow[0].p99Millis());
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Adds the collection, {@code n} objects in it, and a reader of it; returns the reader's API key. */
  private static String fillObjects(Store store, int n) {
    ObjectMapper mapper = new ObjectMapper();
    CollectionRow c = new CollectionRow(COLLECTION, "bench", "Generated objects", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), Tlp.GREEN.ordinal(), true, false);
    long org = store.inTransaction(() -> {
      long o = store.access().createOrganisation("bench").id();
      store.collections().putApiRoot(new ApiRootRow("bench", "Benchmark", null, 10_000_000));
      store.collections().addCollection(c);
      store.collections().grant(COLLECTION, o, true, false);
      return o;
    });
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int from = 0; from < n; from += FILL_BATCH) {
      int first = from;
      store.inTransaction(() -> {
        List<StoredObject> batch = new ArrayList<>();
        for (int i = first; i < Math.min(n, first + FILL_BATCH); i++) {
          Instant at = start.plusSeconds(i);
          ObjectNode o = mapper.createObjectNode().put("type", "identity").put("spec_version", "2.1")
              .put("id", "identity--" + UUID.nameUUIDFromBytes(("bench " + i).getBytes(StandardCharsets.UTF_8)))
              .put("created", at.toString()).put("modified", at.toString()).put("name", "Organisation " + i)
              .put("identity_class", "organization");
          batch.add(Stored.of(o, c, org, at));
        }
        store.objects().insertAll(batch);
        return null;
      });
    }
    return store.inTransaction(() -> {
      store.access().createUser(org, PASSWORD_USER, Role.ANALYST.label(), Passwords.hash(PASSWORD));
      long user = store.access().createUser(org, "bench", Role.ANALYST.label(), null).id();
      ApiKeys.NewKey k = ApiKeys.generate();
      store.access().addKey(user, k.prefix(), k.hash(), null);
      return k.key();
    });
  }
}
