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
      new Route("get", "/api/stats", "stats"));

  private final SharedStore store;
  private final ServerSettings settings;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;

  public ApiRoutes(SharedStore store, ServerSettings settings, Registries registries, MergeRules merge, Clock clock,
      ObjectMapper json) {
    this.store = store;
    this.settings = settings;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  public void register(Javalin app) {
    Incidents incidents = new Incidents(store, settings, registries, merge, clock, json);
    Knowledge knowledge = new Knowledge(store, settings, registries, json);
    String openApi = openApiDocument();
    Map<String, Handler> handlers = Map.of(
        "openapi", ctx -> ctx.contentType("application/json").result(openApi),
        "listIncidents", incidents::list,
        "getIncident", incidents::get,
        "reviewIncident", incidents::review,
        "getReport", knowledge::report,
        "getGroup", knowledge::group,
        "searchReports", knowledge::search,
        "searchObjects", knowledge::objects,
        "stats", knowledge::stats);
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
