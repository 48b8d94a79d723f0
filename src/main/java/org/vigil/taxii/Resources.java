package org.vigil.taxii;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;

/** Discovery, API root, collections, one collection and status resources. */
final class Resources {

  private final TaxiiRoutes routes;
  private final ObjectMapper json;

  Resources(TaxiiRoutes routes, ObjectMapper json) {
    this.routes = routes;
    this.json = json;
  }

  void discovery(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    List<ApiRootRow> roots = routes.store().read(s -> s.collections().apiRoots());
    String base = routes.settings().address().base(ctx) + "/taxii2/";
    ObjectNode d = json.createObjectNode();
    d.put("title", "Vigil TAXII 2.1 server");
    d.put("description", "Incidents of terrorism and political violence from news reports, as STIX 2.1");
    if (!roots.isEmpty()) {
      d.put("default", base + roots.get(0).name() + "/");
      ArrayNode a = d.putArray("api_roots");
      roots.forEach(r -> a.add(base + r.name() + "/"));
    }
    TaxiiRoutes.send(ctx, 200, d);
  }

  void apiRoot(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    ApiRootRow r = routes.store().read(s -> TaxiiRoutes.root(s, ctx));
    ObjectNode o = json.createObjectNode();
    o.put("title", r.title());
    if (r.description() != null) {
      o.put("description", r.description());
    }
    o.putArray("versions").add(MediaTypes.TAXII);
    o.put("max_content_length", maxContentLength(r));
    TaxiiRoutes.send(ctx, 200, o);
  }

  void collections(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    Principal p = Guard.principal(ctx);
    List<CollectionRow> cs = routes.store().read(s -> s.collections().visible(TaxiiRoutes.root(s, ctx).name(),
        p.orgId()));
    ObjectNode o = json.createObjectNode();
    if (!cs.isEmpty()) {
      ArrayNode a = o.putArray("collections");
      cs.forEach(c -> a.add(collection(asSeenBy(p, c))));
    }
    TaxiiRoutes.send(ctx, 200, o);
  }

  void collection(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    Principal p = Guard.principal(ctx);
    CollectionRow c = routes.store().read(s -> {
      ApiRootRow root = TaxiiRoutes.root(s, ctx);
      String id = ctx.pathParam("collection");
      return s.collections().find(root.name(), id, p.orgId()).orElseThrow(() ->
          HttpProblem.notFound("no collection '" + id + "' in API root '" + root.name() + "'"));
    });
    TaxiiRoutes.send(ctx, 200, collection(asSeenBy(p, c)));
  }

  void status(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    Principal p = Guard.principal(ctx);
    String id = ctx.pathParam("status");
    String body = routes.store().read(s -> s.objects().findStatus(TaxiiRoutes.root(s, ctx).name(), id, p.orgId()))
        .orElseThrow(() -> HttpProblem.notFound("no status '" + id + "' for " + p.userName() + "'s organisation"));
    TaxiiRoutes.send(ctx, 200, body);
  }

  long maxContentLength(ApiRootRow r) {
    return Math.min(r.maxContentLength(), routes.settings().maxContentLength());
  }

  /**
   * The collection as the user may use it: {@code can_write} only for users whose role may add
   * objects, so that a client does not offer writes that would be refused with 403.
   */
  private static CollectionRow asSeenBy(Principal p, CollectionRow c) {
    return p.role().atLeast(Role.ANALYST) ? c : c.readOnly();
  }

  private ObjectNode collection(CollectionRow c) {
    ObjectNode o = json.createObjectNode();
    o.put("id", c.id());
    o.put("title", c.title());
    if (c.description() != null) {
      o.put("description", c.description());
    }
    if (c.alias() != null) {
      o.put("alias", c.alias());
    }
    o.put("can_read", c.canRead());
    o.put("can_write", c.canWrite());
    ArrayNode m = o.putArray("media_types");
    c.mediaTypes().forEach(m::add);
    return o;
  }
}
