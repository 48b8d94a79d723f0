package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.alert.AlertBus;
import org.vigil.extract.Extractor;
import org.vigil.feeds.Durations;
import org.vigil.ingest.IntakeSettings;
import org.vigil.monitor.Monitor;
import org.vigil.web.SharedStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigil.demo.DemoData;
import org.vigil.registry.Registries;
import org.vigil.store.Store;
import org.vigil.web.ServerSettings;
import org.vigil.web.VigilServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil serve}: the web UI under {@code /ui/}, TAXII 2.1 under {@code /taxii2/} and the
 * REST API under {@code /api/}, over the knowledge base, until the process is stopped (with
 * {@code --demo}, over a new temporary one loaded with the demo reports); meanwhile it polls the feeds, watches the
 * drop directory, ingests what they and {@code POST /api/reports} queue, raises alerts and sends
 * webhooks. Limits come from
 * {@code vigil.properties} ({@code server.*}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI for analysts, TAXII 2.1 and the REST API over the knowledge base.",
        "Open http://HOST:PORT/ui/ in a browser (by default http://127.0.0.1:8080/ui/); TAXII 2.1 is at /taxii2/ "
            + "and the REST API at /api/. Try --demo for a knowledge base ready to explore."})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--demo", description = "Serve a temporary store loaded with the demo reports, "
      + "with a demo organisation and analyst (the password is printed).")
  boolean demo;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin EngineOptions engine;

  @Option(names = "--drop-dir", paramLabel = "DIR",
      description = "Watch DIR for report files to ingest (default: monitor.drop-dir in vigil.properties; none).")
  Path dropDir;

  @Option(names = "--feed", paramLabel = "URL",
      description = "Also poll this feed (added to the store like vigil feeds add); repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--tick", paramLabel = "DURATION", defaultValue = "5s",
      description = "How often due feeds, the ingest queue, the drop directory and webhooks are checked (default: ${DEFAULT-VALUE}).")
  String tick;

  @Override
  public Integer call() throws InterruptedException {
    Running running = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.stop();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /**
   * A started server, its monitor and its store; {@link #stop} closes all and deletes the demo's
   * temporary directory, if any.
   */
  record Running(VigilServer server, Monitor monitor, SharedStore shared, @Nullable Path temporary) {
    /** The store written to (reads of a test go through it too). */
    Store store() {
      return shared.writer();
    }

    void stop() {
      monitor.stop();
      server.stop();
      shared.close();
      shared.writer().close();
      if (temporary != null) {
        try (Stream<Path> files = Files.walk(temporary)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          System.err.println("vigil: could not delete the demo directory " + temporary + ": " + e.getMessage());
        }
      }
    }
  }

  /** Opens the store and starts the server, without waiting. */
  Running start() {
    Settings settings = storeOptions.settings();
    ServerSettings server;
    try {
      server = settings.server().withAddress(host, port);
    } catch (IllegalArgumentException e) {
      throw new UserError("--port: " + e.getMessage(), e);
    }
    checkFree(host, port);
    Duration every;
    try {
      every = Durations.parse(tick);
    } catch (IllegalArgumentException e) {
      throw new UserError("--tick: " + e.getMessage(), e);
    }
    Registries registries = engine.registries();
    Extractor extractor = engine.extractor(registries, settings.extract());
    Path drop = dropDir != null ? dropDir : settings.dropDir() == null ? null : Path.of(settings.dropDir());
    List<String> urls = new ArrayList<>(settings.feedUrls());
    urls.addAll(feeds);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = null;
    if (demo) {
      try {
        dir = Files.createTempDirectory("vigil-demo");
      } catch (IOException e) {
        throw new UserError("cannot create a temporary directory for the demo: " + e.getMessage(), e);
      }
      storeOptions.data = dir.resolve("data");
      storeOptions.db = null;
      out.println("vigil: loading the demo reports into " + storeOptions.data + " ...");
      out.flush();
    }
    Store store = storeOptions.open(settings, registries,
        demo ? StoreOptions.WhenAbsent.CREATE_QUIETLY : StoreOptions.WhenAbsent.CREATE_AND_SAY);
    DemoData.Loaded loaded = demo
        ? DemoData.load(store, registries, extractor, settings.merge(), settings.ingest(), dir) : null;
    IntakeSettings intake = demo ? new IntakeSettings(DemoData.ORGANISATION, settings.intake().marking())
        : settings.intake();
    try {
      intake.resolve(store);
    } catch (IllegalArgumentException e) {
      store.close();
      throw new UserError(Settings.FILE + ": " + e.getMessage(), e);
    }
    SharedStore shared = new SharedStore(store, server.capacity().readConnections());
    AlertBus bus = new AlertBus();
    Monitor monitor;
    try {
      monitor = new Monitor(shared, extractor, registries, bus, new Monitor.Options(settings.feeds(),
          settings.webhooks(), settings.ingest(), settings.merge(), drop, every, urls, intake, settings.outbound()),
          Clock.systemUTC(), System.err);
    } catch (IOException e) {
      store.close();
      throw new UserError("--drop-dir " + drop + ": cannot create: " + e.getMessage(), e);
    }
    VigilServer s;
    try {
      s = VigilServer.create(shared, server, settings.ui(), intake, registries, settings.merge(),
          Clock.systemUTC(), System.err, bus, monitor::wake).start();
    } catch (RuntimeException e) {
      shared.close();
      store.close();
      throw bindProblem(e).map(b -> inUse(host, port, b)).orElseThrow(() -> e);
    }
    monitor.start();
    String base = "http://" + host + ":" + s.port();
    out.println("vigil: serving the web UI at " + base + "/ui/, TAXII 2.1 at " + base
        + "/taxii2/ and the REST API at " + base + "/api/");
    if (loaded != null) {
      out.println("vigil: demo: " + loaded.summary().read() + " reports, " + loaded.summary().incidentsCreated()
          + " incidents, " + DemoData.watchlists(0).size() + " watchlists with " + loaded.alerts()
          + " alerts; sign in at " + base + "/ui/login as user '" + loaded.user() + "' with password '"
          + loaded.password() + "'");
    }
    out.flush();
    if (drop != null) {
      spec.commandLine().getOut().println("vigil: watching " + drop + " for report files");
      spec.commandLine().getOut().flush();
    }
    return new Running(s, monitor, shared, dir);
  }

  /**
   * Refuses a port that cannot be listened on before anything is loaded (the demo takes seconds),
   * so that the user learns it at once; port 0 always works.
   */
  static void checkFree(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException | IllegalArgumentException | SecurityException e) {
      throw inUse(host, port, e);
    }
  }

  private static UserError inUse(String host, int port, Exception e) {
    String why = e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")
        ? "is already in use (another vigil serve, or another program)"
        : "cannot be listened on (" + e.getMessage() + ")";
    return UserError.usage("--port " + port + ": port " + port + " on " + host + " " + why
        + "; stop that program or choose another port with --port (0 picks a free one)", e);
  }

  private static java.util.Optional<BindException> bindProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException b) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }
}
