package org.vigil.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vigil.access.Principal;
import org.vigil.query.GroupProfiles;
import org.vigil.registry.Registries;
import org.vigil.store.AuditEntry;
import org.vigil.store.SourceRow;
import org.vigil.store.Stats;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * Reports, group profiles, report search and stats, each from what the caller's organisation
 * reads; and the search of the shared STIX objects under its TLP clearance.
 */
final class Knowledge {

  /** Longest search text accepted, in characters. */
  static final int MAX_QUERY = 200;

  private final SharedStore store;
  private final ServerSettings settings;
  private final Registries registries;
  private final ObjectMapper json;
  private final StatsCache stats;

  /** @param statsSeconds how long the counts of {@code /api/stats} are reused ({@code ui.aggregate-seconds}) */
  Knowledge(SharedStore store, ServerSettings settings, Registries registries, ObjectMapper json, int statsSeconds,
      java.time.Clock clock) {
    this.stats = new StatsCache(statsSeconds, clock);
    this.store = store;
    this.settings = settings;
    this.registries = registries;
    this.json = json;
  }

  void report(Context ctx) {
    long id = Params.id(ctx, "id");
    Viewer viewer = Guard.principal(ctx).viewer();
    ObjectNode o = store.read(s -> {
      StoredReport r = s.reports().byId(viewer, id).orElseThrow(() -> HttpProblem.notFound("no report " + id));
      ObjectNode n = json.createObjectNode();
      n.put("id", r.id());
      n.put("report", r.extId());
      n.put("title", r.title());
      n.put("published", r.published());
      n.put("outlet", r.source());
      n.put("url", r.url());
      n.put("origin", r.origin());
      n.put("text", r.text());
      n.put("marking", r.ownership().tlp().label());
      n.put("owner", r.ownership().ownerOrg());
      incidents(s, viewer, n.putArray("incidents"), r.id());
      return n;
    });
    send(ctx, o);
  }

  void group(Context ctx) {
    String name = ctx.pathParam("name");
    Viewer viewer = Guard.principal(ctx).viewer();
    ObjectNode p = store.read(s -> GroupProfiles.profile(s, viewer, registries, GroupProfiles.resolve(s, registries, name)
        .orElseThrow(() -> HttpProblem.notFound("group '" + name + "' is not in the registry"))));
    send(ctx, p);
  }

  void search(Context ctx) {
    Params.only(ctx, Set.of("q", "limit"));
    String q = query(ctx);
    int limit = Params.integer(ctx, "limit", Math.min(20, settings.maxPageSize()), 1, settings.maxPageSize());
    Viewer viewer = Guard.principal(ctx).viewer();
    ObjectNode out = store.read(s -> {
      ObjectNode o = json.createObjectNode();
      ArrayNode results = o.putArray("results");
      for (StoredReport r : s.reports().search(viewer, q, limit)) {
        ObjectNode n = results.addObject();
        n.put("id", r.id());
        n.put("report", r.extId());
        n.put("title", r.title());
        n.put("published", r.published());
        n.put("outlet", r.source());
        n.put("snippet", r.text().length() > 200 ? r.text().substring(0, 200) + "..." : r.text());
        incidents(s, viewer, n.putArray("incidents"), r.id());
      }
      return o;
    });
    send(ctx, out);
  }

  void objects(Context ctx) {
    Params.only(ctx, Set.of("q", "type", "limit"));
    String q = query(ctx);
    String type = ctx.queryParam("type");
    int limit = Params.integer(ctx, "limit", Math.min(20, settings.maxPageSize()), 1, settings.maxPageSize());
    Principal p = Guard.principal(ctx);
    List<StoredObject> found = store.read(s -> s.objects().search(p.orgId(), q, type, limit));
    ObjectNode out = json.createObjectNode();
    ArrayNode a = out.putArray("objects");
    for (StoredObject so : found) {
      ObjectNode n = a.addObject();
      n.put("collection", so.collectionId());
      n.put("date_added", so.dateAdded());
      try {
        n.set("object", json.readTree(so.json()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a stored object is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    List<StoredObject> logged = found.stream().filter(so -> so.tlp() >= 2).toList();
    store.audit(logged.stream().map(so -> new AuditEntry(0, Instant.now().toString(), p.userName(), p.orgId(),
        "api.objects", so.stixId() + "@" + so.version(), "collection " + so.collectionId())).toList());
    send(ctx, out);
  }

  void stats(Context ctx) {
    Params.only(ctx, Set.of());
    Viewer viewer = Guard.principal(ctx).viewer();
    Stats st = stats.get(viewer, store.writes(), () -> store.read(s -> s.stats(viewer)));
    ObjectNode o = json.createObjectNode();
    o.put("reports", st.reports());
    o.put("incidents", st.incidents());
    o.put("groups", st.groups());
    o.put("sources", st.sources());
    o.put("duplicates", st.duplicates());
    send(ctx, o);
  }

  private static String query(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank() || q.length() > MAX_QUERY) {
      throw HttpProblem.badRequest("q must be 1 to " + MAX_QUERY + " characters of text to find, not "
          + (q == null ? "missing" : q.length() + " characters"));
    }
    return q.strip();
  }

  private static void incidents(Store s, Viewer viewer, ArrayNode incidents, long reportId) {
    for (SourceRow src : s.sources().ofReport(viewer, reportId)) {
      s.incidents().byId(viewer, src.incidentId()).ifPresent(i -> incidents.addObject().put("id", i.id())
          .put("type", i.type()).put("date", i.dateValue()).put("place", i.place())
          .put("country", i.countryCode()).put("background", src.background()));
    }
  }

  private static void send(Context ctx, ObjectNode body) {
    ctx.contentType("application/json").result(body.toString());
  }
}
