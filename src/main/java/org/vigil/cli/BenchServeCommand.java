package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.alert.AlertBus;
import org.vigil.ingest.IntakeSettings;
import org.vigil.registry.Registries;
import org.vigil.store.Store;
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
 * {@code vigil bench-serve}: fills a fresh knowledge base (SQLite, or an empty PostgreSQL
 * database) with generated incidents and TAXII objects, or serves a SQLite one kept from an
 * earlier run ({@link BenchStore}), serves it on the loopback address and drives its main routes
 * with 1, 16 and 64 concurrent clients, each run bounded in time and count; prints requests/s,
 * p50/p99, CPU per request and the JIT's compiling per route and client count.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = "Measure the server under concurrent clients on a generated knowledge base, SQLite or --db "
        + "PostgreSQL (loopback only).")
final class BenchServeCommand implements Callable<Integer> {

  private static final String TAXII = "application/taxii+json;version=2.1";

  @Spec CommandSpec spec;

  @Option(names = "--incidents", defaultValue = "100000", description = "Incidents to generate (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--objects", defaultValue = "1000000", description = "TAXII objects to generate (default: ${DEFAULT-VALUE}).")
  int objects;

  @Option(names = "--db", paramLabel = "URL", description = "A PostgreSQL database without Vigil tables, or "
      + "with an empty knowledge base, to fill and serve instead of a temporary SQLite file: "
      + "postgresql://user:pass@host:port/db (it is left filled).")
  String db;

  @Option(names = "--keep", paramLabel = "DIR", description = "A SQLite data directory to fill and keep instead of "
      + "a temporary one; a later run with the same DIR and counts serves it again without filling.")
  Path keep;

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
      + "server.workers (default: the server's, twice the cores and at least 4).")
  Integer workers;

  @Option(names = "--read-connections", paramLabel = "N", description = "Read connections of the server, its "
      + "server.read-connections (default: the server's, its workers and password workers together).")
  Integer readConnections;

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
    if (workers != null || readConnections != null) {
      Capacity c = serving.capacity();
      int w = workers != null ? workers : c.workers();
      int r = readConnections != null ? readConnections : w + c.passwordWorkers(); // as server.read-connections
      if (w < 1 || w > 1_000 || r < 1 || r > 1_000) {
        throw new UserError("--workers " + w + " and --read-connections " + r + " must each be in 1..1000");
      }
      serving = serving.withCapacity(new Capacity(w, c.maxQueued(), r, c.passwordWorkers(), c.verifiedKeys()));
    }
    if (keep != null && db != null) {
      throw new UserError("--keep keeps a SQLite directory; --db " + db + " is left filled anyway");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean filled = keep != null && BenchStore.filledBefore(keep, incidents, objects).isPresent();
    Path dir = keep != null ? keep : Files.createTempDirectory("vigil-bench-serve");
    StoreOptions options = new StoreOptions();
    options.data = dir;
    Registries registries = Registries.bundled();
    options.db = db;
    Store store = options.open(settings, registries);
    if (!filled && !BenchStore.empty(store)) {
      store.close();
      throw new UserError((db != null ? "--db: " : "--keep: ") + store.database() + " already holds a knowledge "
          + "base; the benchmark needs an empty one");
    }
    try (SharedStore shared = new SharedStore(store, serving.capacity().readConnections())) {
      if (filled) {
        out.printf(Locale.ROOT, "serving %s kept in %s, filled earlier with %d incidents and %d TAXII objects%n",
            store.dialect(), dir, incidents, objects);
      } else {
        long t = System.nanoTime();
        BenchStore.fill(store, incidents, objects);
        if (store.dialect() == org.vigil.store.Dialect.POSTGRESQL) {
          store.analyze(); // what autovacuum does soon after a bulk load; SQLite plans without statistics by default
        }
        if (keep != null) {
          BenchStore.mark(keep, incidents, objects);
        }
        out.printf(Locale.ROOT, "filled %s with %d incidents and %d TAXII objects in %.1f s%n", store.dialect(),
            incidents, objects, (System.nanoTime() - t) / 1e9);
      }
      String key = BenchStore.newKey(store);
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
      if (keep == null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    out.flush();
    return 0;
  }

  private void drive(PrintWriter out, ServeLoad load, String bearer) throws InterruptedException {
    String key = "Bearer " + bearer;
    String json = "application/json";
    Map<String, ServeLoad.Route> all = Map.of("taxii",
        load.route("TAXII objects, page of 100", "/taxii2/bench/collections/" + BenchStore.COLLECTION + "/objects/?limit=100",
            key, TAXII, null),
        "incidents", load.route("GET /api/incidents", "/api/incidents?limit=50", key, json, null),
        "search", load.route("GET /api/search", "/api/search?q=bombing", key, json, null),
        "stats", load.route("GET /api/stats", "/api/stats", key, json, null),
        "reports", load.route("POST /api/reports", "/api/reports", key, json,
            "{\"text\":\"Gunmen attacked a police post in Kirkuk on Friday, killing two officers.\"}"));
    out.printf(Locale.ROOT, "%d cores, load average %.1f; each run at most %.0f s and %d requests%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), seconds, maxRequests);
    out.printf(Locale.ROOT, "%-28s %7s %9s %9s %9s %7s %11s %11s %11s %9s%n", "route", "clients", "req/s", "p50 ms",
        "p99 ms", "failed", "CPU ms/req", "server ms", "clients ms", "JIT ms/s");
    for (String name : routes) {
      ServeLoad.Route r = all.get(name);
      if (r == null) {
        continue; // "passwords", below
      }
      // not reported: the route's code compiled by the JIT, as in a server that has been running, with the most
      // clients so that the code of waiting for a turn is compiled too (with fewer, it is compiled in a measured run)
      load.run(r, clients.stream().mapToInt(Integer::intValue).max().orElse(1), seconds, warmup);
      for (int c : clients) {
        ServeLoad.Result res = load.run(r, c, seconds, maxRequests);
        out.printf(Locale.ROOT, "%-28s %7d %9.0f %9.1f %9.1f %7d %11.2f %11.2f %11.2f %9.0f%n", r.name(), c,
            res.perSecond(), res.p50Millis(), res.p99Millis(), res.failed(), res.cpuMillisPerRequest(),
            res.serverCpuMillisPerRequest(), res.clientCpuMillisPerRequest(), res.jitMillisPerSecond());
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
        + Base64.getEncoder().encodeToString((BenchStore.PASSWORD_USER + ":" + BenchStore.PASSWORD).getBytes(StandardCharsets.UTF_8)), TAXII,
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
}
