package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.vigil.access.LoginThrottle;
import org.vigil.alert.AlertBus;
import org.vigil.alert.AlertStream;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * The web UI's routes under {@code /ui/}, its static files ({@code /ui/static/}) and the
 * WebJars ({@code /webjars/}). {@code /} redirects to the dashboard. Authentication is the
 * session of {@link UiAuth}, not the API's {@code Authorization} header.
 */
public final class UiRoutes {

  /** Where the UI's own scripts and stylesheet are on the classpath. */
  static final String STATIC = "/org/vigil/ui/static";

  private final SharedStore store;
  private final ServerSettings server;
  private final UiSettings settings;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;
  private final AlertBus bus;
  private final LoginThrottle logins;

  /**
   * @param logins failed sign-ins per source address and name, shared with the API's
   * @param bus committed alerts, streamed to the Alerts page at {@code /ui/alerts/stream}
   */
  public UiRoutes(SharedStore store, ServerSettings server, UiSettings settings, LoginThrottle logins,
      Registries registries, MergeRules merge, Clock clock, ObjectMapper json, AlertBus bus) {
    this.logins = logins;
    this.bus = bus;
    this.store = store;
    this.server = server;
    this.settings = settings;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  /** Static files and WebJars; call from {@code Javalin.create}. */
  public static void configure(JavalinConfig cfg) {
    cfg.staticFiles.enableWebjars();
    cfg.staticFiles.add(s -> {
      s.hostedPath = "/ui/static";
      s.directory = STATIC;
      s.location = Location.CLASSPATH;
    });
  }

  /** True for paths the UI authenticates itself (the API guard leaves them alone). */
  public static boolean owns(String path) {
    return path.equals("/") || path.equals("/favicon.ico") || path.equals("/ui") || path.startsWith("/ui/") || path.startsWith("/webjars/");
  }

  public void register(Javalin app) {
    Names names = new Names(registries);
    Sessions sessions = new Sessions(settings, clock);
    UiAuth auth = new UiAuth(store, sessions, logins, server, clock);
    app.before("/ui/*", auth::check);
    app.before("/ui", auth::check);
    app.get("/", ctx -> ctx.redirect("/ui/"));
    app.get("/favicon.ico", ctx -> ctx.status(204));
    app.get("/ui/login", auth::loginForm);
    app.post("/ui/login", auth::login);
    app.post("/ui/logout", auth::logout);
    AggregateCache cache = new AggregateCache(settings, clock);
    app.events(e -> e.serverStopped(cache::close));
    DashboardPage dashboard = new DashboardPage(store, settings, names, json, cache);
    app.get("/ui", dashboard::show);
    app.get("/ui/", dashboard::show);
    new Pages(store, settings, names, registries, merge, clock, json, cache).register(app);
    WatchlistsPage watchlists = new WatchlistsPage(store, registries, clock);
    app.get("/ui/watchlists", watchlists::show);
    app.post("/ui/watchlists", watchlists::add);
    app.post("/ui/watchlists/{id}/remove", watchlists::remove);
    app.get("/ui/alerts", new AlertsPage(store)::show);
    app.get("/ui/alerts/recent", new AlertPoll(store, json)::recent);
    // the REST route's stream, authenticated by the session check above instead of the API guard
    app.get("/ui/alerts/stream", new AlertStream(bus, ctx -> UiAuth.session(ctx).user(), auth::signedIn)
        .handler());
  }
}
