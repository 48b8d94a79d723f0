package org.vigil.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
 * {@code vigil serve}: TAXII 2.1 under {@code /taxii2/} and the REST API under {@code /api/},
 * over the knowledge base, until the process is stopped. Limits come from
 * {@code vigil.properties} ({@code server.*}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve TAXII 2.1 and the REST API over the knowledge base.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

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

  /** A started server and its store; {@link #stop} closes both. */
  record Running(VigilServer server, Store store) {
    void stop() {
      server.stop();
      store.close();
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
    Store store = storeOptions.open(settings, registries);
    VigilServer s = VigilServer.create(store, server, registries, settings.merge(), Clock.systemUTC(), System.err)
        .start();
    spec.commandLine().getOut().println("vigil: serving TAXII 2.1 at http://" + host + ":" + s.port()
        + "/taxii2/ and the REST API at http://" + host + ":" + s.port() + "/api/");
    spec.commandLine().getOut().flush();
    return new Running(s, store);
  }
}
