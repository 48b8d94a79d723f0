package org.vigil.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.vigil.alert.AlertBus;
import org.vigil.alert.Alerting;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * The REST routes. {@link #ROUTES} is the one list of them: they are registered from it and the
 * OpenAPI document ({@code openapi.json} next to this class) must describe exactly these.
 */
public final class ApiRoutes {

  /** One route: method, Javalin path, OpenAPI operation id. */
  public record Route(String method, String path, String operationId) {
    public Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operationId, "operationId");
    }

    /** The path as OpenAPI writes it ({@code {id}} stays {@code {id}}). */
    public String openApiPath() {
      return path;
    }
  }

  /** Every REST route. */
  public static final List<Route> ROUTES = List.of(
      new Route("get", "/api/openapi.json", "openapi"),
      new Route("get", "/api/incidents", "listIncidents"),
      new Route("get", "/api/incidents/{id}", "getIncident"),
      new Route("post", "/api/incidents/{id}/reviews", "reviewIncident"),
      new Route("get", "/api/reports/{id}", "getReport"),
      new Route("get", "/api/groups/{name}", "getGroup"),
      new Route("get", "/api/search", "searchReports"),
      new Route("get", "/api/objects", "searchObjects"),
      new Route("get", "/api/stats", "stats"),
      new Route("post", "/api/reports", "pushReport"),
      new Route("get", "/api/queue", "listQueue"),
      new Route("get", "/api/alerts", "listAlerts"),
      new Route("get", "/api/alerts/stream", "streamAlerts"),
      new Route("get", "/api/digest", "digest"),
      new Route("get", "/api/watchlists", "listWatchlists"),
      new Route("post", "/api/watchlists", "addWatchlist"),
      new Route("delete", "/api/watchlists/{id}", "removeWatchlist"),
      new Route("get", "/api/watchlists/{id}/threat", "threatPicture"),
      new Route("get", "/api/feeds", "listFeeds"),
      new Route("get", "/api/webhooks/deliveries", "listDeliveries"),
      new Route("get", "/api/proposals", "listProposals"),
      new Route("post", "/api/proposals/{id}/accept", "acceptProposal"),
      new Route("post", "/api/proposals/{id}/reject", "rejectProposal"));

  private final int statsSeconds;
  private final SharedStore store;
  private final ServerSettings settings;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;
  private final AlertBus bus;
  private final Runnable queued;
  private final IntakeSettings intake;

  /**
   * @param intake who owns the instance's own intake (its admins read the feeds' status)
   * @param bus where committed alerts are published, for the event stream
   * @param queued called after a report was queued by {@code POST /api/reports}
   */
  public ApiRoutes(SharedStore store, ServerSettings settings, IntakeSettings intake, Registries registries,
      MergeRules merge, Clock clock, ObjectMapper json, AlertBus bus, Runnable queued) {
    this(store, settings, intake, registries, merge, clock, json, bus, queued, 0);
  }

  /** @param statsSeconds how long the counts of {@code /api/stats} are reused ({@code ui.aggregate-seconds}) */
  public ApiRoutes(SharedStore store, ServerSettings settings, IntakeSettings intake, Registries registries,
      MergeRules merge, Clock clock, ObjectMapper json, AlertBus bus, Runnable queued, int statsSeconds) {
    this.statsSeconds = statsSeconds;
    this.intake = intake;
    this.bus = bus;
    this.queued = queued;
    this.store = store;
    this.settings = settings;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  public void register(Javalin app) {
    Incidents incidents = new Incidents(store, settings, registries, merge, clock, json,
        new Alerting(registries.groups(), bus));
    Knowledge knowledge = new Knowledge(store, settings, registries, json, statsSeconds, clock);
    String openApi = openApiDocument();
    Alerts alerts = new Alerts(store, bus, clock, json);
    Watches watches = new Watches(store, settings, intake, registries, json);
    PushedReports pushed = new PushedReports(store, settings, json, queued, clock);
    Proposals proposals = new Proposals(store, registries, merge, clock, json);
    Map<String, Handler> handlers = Map.ofEntries(
        Map.entry("openapi", ctx -> ctx.contentType("application/json").result(openApi)),
        Map.entry("listIncidents", incidents::list),
        Map.entry("getIncident", incidents::get),
        Map.entry("reviewIncident", incidents::review),
        Map.entry("getReport", knowledge::report),
        Map.entry("getGroup", knowledge::group),
        Map.entry("searchReports", knowledge::search),
        Map.entry("searchObjects", knowledge::objects),
        Map.entry("stats", knowledge::stats),
        Map.entry("pushReport", pushed::push),
        Map.entry("listQueue", pushed::queue),
        Map.entry("listAlerts", alerts::list),
        Map.entry("streamAlerts", alerts.stream()),
        Map.entry("digest", alerts::digest),
        Map.entry("listWatchlists", watches::list),
        Map.entry("addWatchlist", watches::add),
        Map.entry("removeWatchlist", watches::remove),
        Map.entry("threatPicture", watches::threat),
        Map.entry("listFeeds", watches::feeds),
        Map.entry("listDeliveries", alerts::deliveries),
        Map.entry("listProposals", proposals::list),
        Map.entry("acceptProposal", proposals::accept),
        Map.entry("rejectProposal", proposals::reject));
    for (Route r : ROUTES) {
      Handler h = handlers.get(r.operationId());
      if (h == null) {
        throw new IllegalStateException("no handler for REST route " + r);
      }
      app.addHttpHandler(HandlerType.valueOf(r.method().toUpperCase(Locale.ROOT)), r.path(), h);
    }
  }

  /** The OpenAPI 3 document, as shipped with the code. */
  public static String openApiDocument() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath next to " + ApiRoutes.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
