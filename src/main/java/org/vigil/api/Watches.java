package org.vigil.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.alert.ThreatPicture;
import org.vigil.ingest.IntakeSettings;
import org.vigil.registry.Registries;
import org.vigil.store.FeedRow;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.Watchlists;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * Watchlists of the caller (their own and their organisation's): list, add, remove, and a site's
 * threat picture from what the organisation reads; and the feeds' status, for the admins of the
 * organisation that owns the instance's intake ({@code kb.organisation}) only. Adding and
 * removing need analyst or admin; an organisation's watchlist is added with {@code "owner":"org"}.
 */
final class Watches {

  private static final Set<String> FIELDS = Set.of("name", "kind", "value", "lat", "lon", "radiusKm", "category",
      "incidentTypes", "minKilled", "arrestsOnly", "owner");

  private final SharedStore store;
  private final ServerSettings settings;
  private final Registries registries;
  private final ObjectMapper json;
  private final IntakeSettings intake;

  Watches(SharedStore store, ServerSettings settings, IntakeSettings intake, Registries registries, ObjectMapper json) {
    this.intake = intake;
    this.store = store;
    this.settings = settings;
    this.registries = registries;
    this.json = json;
  }

  void list(Context ctx) {
    Params.only(ctx, Set.of());
    Principal p = Guard.principal(ctx);
    ArrayNode out = json.createArrayNode();
    store.call(s -> s.watches().visibleTo(p.userId(), p.orgId())).forEach(w -> out.add(json(w)));
    ctx.contentType("application/json").result(json.createObjectNode().set("watchlists", out).toString());
  }

  void add(Context ctx) {
    Principal p = analyst(ctx);
    JsonNode b = Bodies.object(ctx, settings, json, "{\"name\":\"Shrine\",\"kind\":\"site\",\"value\":\"Data Darbar\","
        + "\"lat\":31.58,\"lon\":74.3,\"radiusKm\":5,\"category\":\"shrine\"}");
    b.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw Bodies.unprocessable("field '" + f + "' is not one of " + FIELDS);
      }
    });
    String owner = Bodies.text(b, "owner");
    if (owner != null && !owner.equals("user") && !owner.equals("org")) {
      throw Bodies.unprocessable("field 'owner' must be \"user\" or \"org\", not '" + owner + "'");
    }
    boolean org = "org".equals(owner);
    List<String> types = new ArrayList<>();
    b.path("incidentTypes").forEach(t -> types.add(t.asText()));
    String name = Bodies.text(b, "name");
    String kind = Bodies.text(b, "kind");
    String value = Bodies.text(b, "value");
    if (name == null || kind == null || value == null) {
      throw Bodies.unprocessable("fields 'name', 'kind' and 'value' are required");
    }
    WatchlistRow row;
    try {
      row = Watchlists.check(new WatchlistRow(0, org ? null : p.userId(), org ? p.orgId() : null, name, kind, value,
          number(b, "lat"), number(b, "lon"), number(b, "radiusKm"), Bodies.text(b, "category"), types,
          b.hasNonNull("minKilled") ? b.get("minKilled").asInt() : null, b.path("arrestsOnly").asBoolean(false)),
          registries.groups());
    } catch (IllegalArgumentException e) {
      throw Bodies.unprocessable(e.getMessage());
    }
    WatchlistRow w = row;
    ctx.status(201).contentType("application/json").result(json(store.call(s -> s.watches().insert(w))).toString());
  }

  void remove(Context ctx) {
    Principal p = analyst(ctx);
    long id = Params.id(ctx, "id");
    store.call(s -> {
      mine(s.watches().byId(id).orElse(null), p, id);
      return s.watches().remove(id);
    });
    ctx.status(204);
  }

  void threat(Context ctx) {
    Params.only(ctx, Set.of());
    Principal p = Guard.principal(ctx);
    long id = Params.id(ctx, "id");
    ObjectNode n = store.call(s -> {
      WatchlistRow w = mine(s.watches().byId(id).orElse(null), p, id);
      try {
        return ThreatPicture.of(s, p.viewer(), w);
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest(e.getMessage());
      }
    });
    ctx.contentType("application/json").result(n.toString());
  }

  void feeds(Context ctx) {
    Params.only(ctx, Set.of());
    Principal p = Guard.principal(ctx);
    boolean owner = intake.organisation() != null && store.call(s -> s.access().findOrganisation(intake.organisation()))
        .map(o -> o.id() == p.orgId()).orElse(false);
    if (!owner || !p.role().atLeast(Role.ADMIN)) {
      throw HttpProblem.forbidden("the feeds belong to the instance: their status is for the admins of its "
          + "organisation (kb.organisation)");
    }
    ArrayNode out = json.createArrayNode();
    for (FeedRow f : store.call(s -> s.feeds().all())) {
      out.addObject().put("id", f.id()).put("url", f.url()).put("everySeconds", f.everySeconds())
          .put("lastSuccess", f.lastSuccess()).put("lastError", f.lastError()).put("lastErrorAt", f.lastErrorAt())
          .put("failures", f.failures()).put("nextPoll", f.nextPoll()).put("itemsSeen", f.itemsSeen());
    }
    ctx.contentType("application/json").result(json.createObjectNode().set("feeds", out).toString());
  }

  private static WatchlistRow mine(@Nullable WatchlistRow w, Principal p, long id) {
    if (w == null || !((w.ownerUser() != null && w.ownerUser() == p.userId())
        || (w.ownerOrg() != null && w.ownerOrg() == p.orgId()))) {
      throw HttpProblem.notFound("no watchlist " + id + " of yours or your organisation's");
    }
    return w;
  }

  private static Principal analyst(Context ctx) {
    Principal p = Guard.principal(ctx);
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; changing watchlists needs analyst or admin");
    }
    return p;
  }

  private static @Nullable Double number(JsonNode b, String field) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw Bodies.unprocessable("field '" + field + "' must be a number");
    }
    return v.asDouble();
  }

  private ObjectNode json(WatchlistRow w) {
    ObjectNode n = json.createObjectNode();
    n.put("id", w.id()).put("name", w.name()).put("kind", w.kind()).put("value", w.value())
        .put("lat", w.lat()).put("lon", w.lon()).put("radiusKm", w.radiusKm()).put("category", w.category())
        .put("minKilled", w.minKilled()).put("arrestsOnly", w.arrestsOnly())
        .put("owner", w.ownerUser() != null ? "user" : "org");
    w.incidentTypes().forEach(n.putArray("incidentTypes")::add);
    return n;
  }
}
