package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.vigil.access.LoginThrottle;
import org.vigil.access.RateLimiter;
import org.vigil.alert.AlertBus;
import org.vigil.alert.Alerting;
import org.vigil.api.ApiRoutes;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.store.Store;
import org.vigil.taxii.TaxiiRoutes;
import org.vigil.taxii.Workspace;
import org.vigil.ui.UiRoutes;
import org.vigil.ui.UiSettings;

/**
 * The HTTP server: TAXII 2.1 under {@code /taxii2/}, the REST API under {@code /api/}, the web UI
 * under {@code /ui/}. Every response carries the {@link SecurityHeaders}; every request but the
 * OpenAPI document is authenticated and rate-limited by {@link Guard} (the UI by its session);
 * errors are answered by {@link ErrorMapper}. Lifecycle: {@link #start} once, {@link #stop} once;
 * the store stays open and belongs to the caller.
 */
public final class VigilServer {

  /** Jetty threads beyond the admitted requests: event streams, and connections being accepted. */
  private static final int STREAM_THREADS = 32;

  private final Javalin app;
  private final ServerSettings settings;
  private final List<String> routes;

  private VigilServer(Javalin app, ServerSettings settings, List<String> routes) {
    this.app = app;
    this.settings = settings;
    this.routes = Collections.unmodifiableList(routes);
  }

  /** A server over {@code store}, not yet started, with no background monitoring and the UI's default limits. */
  public static VigilServer create(Store store, ServerSettings settings, Registries registries, MergeRules merge,
      Clock clock, PrintStream log) {
    return create(new SharedStore(store), settings, UiSettings.defaults(), IntakeSettings.defaults(), registries, merge,
        clock, log, new AlertBus(), () -> { });
  }

  /**
   * A server over the shared store, not yet started.
   *
   * @param ui the web UI's limits
   * @param intake who owns the instance's own intake (its admins read the feeds' status)
   * @param bus committed alerts, streamed to clients at {@code /api/alerts/stream} and {@code /ui/alerts/stream}
   * @param queued called after {@code POST /api/reports} queued a report
   */
  public static VigilServer create(SharedStore shared, ServerSettings settings, UiSettings ui, IntakeSettings intake,
      Registries registries, MergeRules merge, Clock clock, PrintStream log, AlertBus bus, Runnable queued) {
    ObjectMapper json = new ObjectMapper();
    List<String> routes = new ArrayList<>();
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      // a thread for each request handled or waiting (Admission bounds both), and some for streams
      cfg.jetty.threadPool = new QueuedThreadPool(settings.capacity().workers() + settings.capacity().maxQueued()
          + STREAM_THREADS, 8);
      cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new Admission(settings.capacity())),
          "/*", EnumSet.of(DispatcherType.REQUEST)));
      cfg.router.ignoreTrailingSlashes = true;
      cfg.router.treatMultipleSlashesAsSingleSlash = true;
      // bodies are read and bounded by the handlers, which know the API root's own limit
      cfg.http.maxRequestSize = settings.maxContentLength() + 1;
      cfg.events.handlerAdded(h -> {
        if (h.getHttpMethod().isHttpMethod()) {
          routes.add(h.getHttpMethod().name().toLowerCase(Locale.ROOT) + " " + h.getPath());
        }
      });
      UiRoutes.configure(cfg);
    });
    ErrorMapper errors = new ErrorMapper(json, log);
    errors.install(app);
    // every text response is UTF-8; Jetty then names the charset in the media types that have one
    app.before(ctx -> ctx.res().setCharacterEncoding(StandardCharsets.UTF_8.name()));
    app.before(SecurityHeaders::apply);
    LoginThrottle logins = new LoginThrottle(settings.logins(), System::nanoTime);
    Guard guard = new Guard(shared, new RateLimiter(settings.rateLimitPerMinute(), settings.rateLimitBurst(),
        System::nanoTime), logins, settings, clock);
    app.before(guard::check);
    new TaxiiRoutes(shared, settings, clock, json, new Workspace(registries, merge, clock,
        new Alerting(registries.groups(), bus))).register(app);
    new ApiRoutes(shared, settings, intake, registries, merge, clock, json, bus, queued, ui.aggregateSeconds())
        .register(app);
    new UiRoutes(shared, settings, ui, logins, registries, merge, clock, json, bus).register(app);
    return new VigilServer(app, settings, routes);
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

  /** Every route served, as {@code "method /path"} with Javalin's path parameters ({@code {id}}). */
  public List<String> routes() {
    return routes;
  }

  public void stop() {
    app.stop();
  }
}
