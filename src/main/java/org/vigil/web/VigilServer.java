package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.vigil.access.RateLimiter;
import org.vigil.alert.AlertBus;
import org.vigil.alert.Alerting;
import org.vigil.api.ApiRoutes;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;

import org.vigil.store.Store;
import org.vigil.taxii.TaxiiRoutes;
import org.vigil.taxii.Workspace;
import org.vigil.ui.UiRoutes;
import org.vigil.ui.UiSettings;

/**
 * The HTTP server: TAXII 2.1 under {@code /taxii2/}, the REST API under {@code /api/}, the web UI
 * under {@code /ui/}. Every
 * request but the OpenAPI document is authenticated and rate-limited by {@link Guard}; errors
 * are answered by {@link ErrorMapper}. Lifecycle: {@link #start} once, {@link #stop} once; the
 * store stays open and belongs to the caller.
 */
public final class VigilServer {

  private final Javalin app;
  private final ServerSettings settings;

  private VigilServer(Javalin app, ServerSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /** A server over {@code store}, not yet started, with no background monitoring and the UI's default limits. */
  public static VigilServer create(Store store, ServerSettings settings, Registries registries, MergeRules merge,
      Clock clock, PrintStream log) {
    return create(new SharedStore(store), settings, UiSettings.defaults(), registries, merge, clock, log,
        new AlertBus(), () -> { });
  }

  /**
   * A server over the shared store, not yet started.
   *
   * @param ui the web UI's limits
   * @param bus committed alerts, streamed to clients at {@code /api/alerts/stream} and {@code /ui/alerts/stream}
   * @param queued called after {@code POST /api/reports} queued a report
   */
  public static VigilServer create(SharedStore shared, ServerSettings settings, UiSettings ui, Registries registries,
      MergeRules merge, Clock clock, PrintStream log, AlertBus bus, Runnable queued) {
    ObjectMapper json = new ObjectMapper();
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.router.treatMultipleSlashesAsSingleSlash = true;
      // bodies are read and bounded by the handlers, which know the API root's own limit
      cfg.http.maxRequestSize = settings.maxContentLength() + 1;
      UiRoutes.configure(cfg);
    });
    ErrorMapper errors = new ErrorMapper(json, log);
    errors.install(app);
    // every text response is UTF-8; Jetty then names the charset in the media types that have one
    app.before(ctx -> ctx.res().setCharacterEncoding(StandardCharsets.UTF_8.name()));
    Guard guard = new Guard(shared, new RateLimiter(settings.rateLimitPerMinute(), settings.rateLimitBurst(),
        System::nanoTime), new RateLimiter(settings.failedLoginsPerMinute(), settings.failedLoginsBurst(),
        System::nanoTime));
    app.before(guard::check);
    new TaxiiRoutes(shared, settings, clock, json, new Workspace(registries, merge, clock,
        new Alerting(registries.groups(), bus))).register(app);
    new ApiRoutes(shared, settings, registries, merge, clock, json, bus, queued).register(app);
    new UiRoutes(shared, settings, ui, registries, merge, clock, json, bus).register(app);

    return new VigilServer(app, settings);
  }

  /** Starts listening; with port 0 the system picks one (see {@link #port}). */
  public VigilServer start() {
    app.start(settings.host(), settings.port());
    return this;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
