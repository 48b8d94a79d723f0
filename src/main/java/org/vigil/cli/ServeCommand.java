package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.demo.DemoData;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
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
 * REST API under {@code /api/}, over the knowledge base, until the process is stopped. With
 * {@code --demo} the knowledge base is a new temporary one loaded with the demo reports. Limits come from
 * {@code vigil.properties} ({@code server.*}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI, TAXII 2.1 and the REST API over the knowledge base.")
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

  /** A started server and its store; {@link #stop} closes both and deletes the demo's temporary directory, if any. */
  record Running(VigilServer server, Store store, @Nullable Path temporary) {
    void stop() {
      server.stop();
      store.close();
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
    Registries registries = Registries.bundled();
    PrintWriter out = spec.commandLine().getOut();
    Store store;
    DemoData.Loaded loaded = null;
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
      store = storeOptions.open(settings, registries);
      loaded = DemoData.load(store, registries, Extractor.create(registries,
          new GazetteerGeocoder(Gazetteer.loadDefault())), settings.merge(), settings.ingest(), dir);
    } else {
      store = storeOptions.open(settings, registries);
    }
    VigilServer s = VigilServer.create(store, server, settings.ui(), registries, settings.merge(), Clock.systemUTC(),
        System.err)
        .start();
    String base = "http://" + host + ":" + s.port();
    out.println("vigil: serving the web UI at " + base + "/ui/, TAXII 2.1 at " + base
        + "/taxii2/ and the REST API at " + base + "/api/");
    if (loaded != null) {
      out.println("vigil: demo: " + loaded.summary().read() + " reports, " + loaded.summary().incidentsCreated()
          + " incidents; sign in at " + base + "/ui/login as user '" + loaded.user() + "' with password '"
          + loaded.password() + "'");
    }
    out.flush();
    return new Running(s, store, dir);
  }
}
