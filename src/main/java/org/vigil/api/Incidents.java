package org.vigil.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.alert.AlertEvent;
import org.vigil.alert.Alerting;
import org.vigil.merge.Geo;
import org.vigil.merge.MergeRules;
import org.vigil.merge.Reviewing;
import org.vigil.query.GroupProfiles;
import org.vigil.query.IncidentViews;
import org.vigil.registry.Registries;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * {@code /api/incidents}: the list with the filters of {@code vigil incidents}, one incident, and
 * reviews, all as the caller's organisation reads them. A review of an incident the caller's
 * organisation owns is applied (200 with the incident); of another's, it is a proposal to the
 * owner (202 with the proposal).
 */
final class Incidents {

  /** Writes the list as the text of its tree would be (JsonNode.toString, default features). */
  private static final JsonFactory TEXT = new JsonFactory();
  private static final Set<String> LIST = Set.of("group", "country", "type", "since", "until", "near", "limit", "page");

  private final SharedStore store;
  private final ServerSettings settings;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;
  private final Alerting alerting;

  Incidents(SharedStore store, ServerSettings settings, Registries registries, MergeRules merge, Clock clock,
      ObjectMapper json, Alerting alerting) {
    this.alerting = alerting;
    this.store = store;
    this.settings = settings;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  void list(Context ctx) {
    Params.only(ctx, LIST);
    Viewer viewer = Guard.principal(ctx).viewer();
    int limit = Params.integer(ctx, "limit", Math.min(50, settings.maxPageSize()), 1, settings.maxPageSize());
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    double[] point = Params.near(ctx);
    String country = Params.country(ctx);
    String type = Params.type(ctx);
    String since = Params.date(ctx, "since");
    String until = Params.date(ctx, "until");
    String group = ctx.queryParam("group");
    String body = store.read(s -> {
      List<String> groups = group == null ? List.of() : GroupProfiles.resolve(s, registries, group)
          .orElseThrow(() -> HttpProblem.badRequest("group '" + group + "' is not in the registry")).ids();
      IncidentFilter f = new IncidentFilter(groups, country, type, since, until, point == null ? null : box(point));
      List<IncidentRow> rows = point == null ? s.incidents().query(viewer, f, limit, limit * (page - 1))
          : near(s, viewer, f, point, limit, page);
      StringWriter w = new StringWriter();
      try (JsonGenerator g = TEXT.createGenerator(w)) {
        g.writeStartObject();
        g.writeNumberField("page", page);
        g.writeNumberField("limit", limit);
        g.writeArrayFieldStart("incidents");
        new IncidentViews(s, viewer).write(g, rows);
        g.writeEndArray();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return w.toString();
    });
    ctx.contentType("application/json").result(body);
  }

  void get(Context ctx) {
    long id = Params.id(ctx, "id");
    Viewer viewer = Guard.principal(ctx).viewer();
    ObjectNode v = store.read(s -> view(s, viewer, id));
    ctx.contentType("application/json").result(v.toString());
  }

  void review(Context ctx) {
    Principal p = Guard.principal(ctx);
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; reviewing incidents needs the role analyst");
    }
    long id = Params.id(ctx, "id");
    JsonNode body = Bodies.object(ctx, settings, json, "{\"field\":\"killed\",\"action\":\"set\",\"value\":3}");
    String field = body.path("field").asText("");
    String action = body.path("action").asText("");
    JsonNode value = body.get("value");
    ReviewField f = ReviewField.fromLabel(field).orElseThrow(() -> Bodies.unprocessable("field '" + field
        + "' cannot be reviewed; fields: " + ReviewField.labels()));
    if (!Set.of("confirm", "reject", "set").contains(action)) {
      throw Bodies.unprocessable("action '" + action + "' is not confirm, reject or set");
    }
    if (action.equals("set") == (value == null || value.isNull())) {
      throw Bodies.unprocessable(action.equals("set") ? "set needs a \"value\"" : action + " takes no \"value\"");
    }
    if (action.equals("reject") && !f.rejectable()) {
      throw Bodies.unprocessable(field + " cannot be empty, so it cannot be rejected; use set to correct it");
    }
    String given;
    try {
      given = action.equals("set") ? f.parse(value.isTextual() ? value.asText() : value.toString()).toString() : null;
    } catch (IllegalArgumentException e) {
      throw Bodies.unprocessable(e.getMessage());
    }
    List<AlertEvent> alerts = new ArrayList<>();
    ObjectNode v = store.call(s -> {
      Reviewing.Outcome o = new Reviewing(s, registries.groups(), merge, clock)
          .review(p.userName(), p.viewer(), "api", id, f, action, given)
          .orElseThrow(() -> HttpProblem.notFound("no incident " + id));
      if (!o.applied()) {
        return Proposals.json(json, o.proposal());
      }
      alerts.addAll(alerting.onIncidents(s, List.of(id)));
      return view(s, p.viewer(), id);
    });
    alerting.publish(store, alerts);
    ctx.status(v.has("proposal") ? 202 : 200).contentType("application/json").result(v.toString());
  }

  private ObjectNode view(Store s, Viewer viewer, long id) {
    IncidentRow row = s.incidents().byId(viewer, id).orElseThrow(() -> HttpProblem.notFound("no incident " + id
        + s.links().mergedInto(viewer, id).map(into -> ": it was merged into incident " + into).orElse("")));
    ObjectNode v = new IncidentViews(s, viewer).detail(row);
    ArrayNode values = v.putArray("sourceValues");
    for (SourceRow src : s.sources().ofIncident(viewer, id)) {
      ObjectNode o = values.addObject();
      o.put("source", src.id());
      ObjectNode given = (ObjectNode) read(src.valuesJson());
      given.remove("evidence");
      o.set("values", given);
      o.set("explanation", read(src.explanation()));
    }
    return v;
  }

  private List<IncidentRow> near(Store s, Viewer viewer, IncidentFilter f, double[] point, int limit, int page) {
    List<IncidentRow> hits = new ArrayList<>();
    int chunk = Math.max(200, 2 * limit * page);
    for (int offset = 0; hits.size() < limit * page; offset += chunk) {
      List<IncidentRow> rows = s.incidents().query(viewer, f, chunk, offset);
      rows.stream().filter(r -> r.lat() != null && Geo.km(point[0], point[1], r.lat(), r.lon()) <= point[2])
          .forEach(hits::add);
      if (rows.size() < chunk) {
        break;
      }
    }
    int from = Math.min(hits.size(), limit * (page - 1));
    return hits.subList(from, Math.min(hits.size(), from + limit));
  }

  private static IncidentFilter.Box box(double[] p) {
    double dLat = p[2] / 111.0;
    double dLon = p[2] / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(p[0]))));
    return new IncidentFilter.Box(Math.max(-90, p[0] - dLat), Math.min(90, p[0] + dLat),
        Math.max(-180, p[1] - dLon), Math.min(180, p[1] + dLon));
  }

  private JsonNode read(String s) {
    try {
      return json.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
