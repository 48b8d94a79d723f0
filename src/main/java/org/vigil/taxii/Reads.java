package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vigil.access.Principal;
import org.vigil.store.CollectionRow;
import org.vigil.store.ObjectQuery;
import org.vigil.store.StoredObject;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;

/**
 * GET objects, object by id, versions and manifest: one query under the reader's clearance,
 * one page sorted by {@code date_added}, the {@code X-TAXII-Date-Added-First/-Last} headers and
 * a {@code next} token when there is more.
 */
final class Reads {

  private static final Set<String> ALL = Set.of("added_after", "limit", "next", "match[id]", "match[type]",
      "match[version]", "match[spec_version]");
  private static final Set<String> ONE = Set.of("added_after", "limit", "next", "match[version]",
      "match[spec_version]");
  private static final Set<String> VERSIONS = Set.of("added_after", "limit", "next", "match[spec_version]");

  private final TaxiiRoutes routes;
  private final ObjectMapper json;
  private final Clock clock;

  Reads(TaxiiRoutes routes, ObjectMapper json) {
    this.routes = routes;
    this.json = json;
    this.clock = routes.clock();
  }

  void objects(Context ctx) {
    MediaTypes.requireAccept(ctx, true);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), ALL);
    Page page = page(ctx, f, "taxii.read", c -> f.query(c, org(ctx), List.of(), List.of()));
    send(ctx, f, page, "objects", o -> parse(o.json()));
  }

  void object(Context ctx) {
    MediaTypes.requireAccept(ctx, true);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), ONE);
    String id = ctx.pathParam("object");
    Page page = page(ctx, f, "taxii.read", c -> f.query(c, org(ctx), List.of(id), List.of()), true);
    requireExists(ctx, page, id);
    send(ctx, f, page, "objects", o -> parse(o.json()));
  }

  void versions(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), VERSIONS);
    String id = ctx.pathParam("object");
    Page page = page(ctx, f, "taxii.versions", c -> f.query(c, org(ctx), List.of(id), List.of("all")), true);
    requireExists(ctx, page, id);
    send(ctx, f, page, "versions", o -> json.getNodeFactory().textNode(o.version()));
  }

  void manifest(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), ALL);
    Page page = page(ctx, f, "taxii.manifest", c -> f.query(c, org(ctx), List.of(), List.of()));
    send(ctx, f, page, "objects", o -> {
      ObjectNode m = json.createObjectNode();
      m.put("id", o.stixId());
      m.put("date_added", o.dateAdded());
      m.put("version", o.version());
      m.put("media_type", o.mediaType());
      return m;
    });
  }

  /**
   * @param exists whether the reader may see some version of the object asked for (for the
   *     object and versions endpoints; otherwise true)
   */
  private record Page(List<StoredObject> objects, boolean more, boolean exists) {}

  /**
   * 404 when the reader may see no version of the object at all; a filter that leaves none of
   * its versions answers an empty page, as the reference server does.
   */
  private static void requireExists(Context ctx, Page page, String id) {
    if (!page.exists) {
      throw HttpProblem.notFound("no object '" + id + "' in collection '" + ctx.pathParam("collection") + "'");
    }
  }

  private Page page(Context ctx, ObjectFilter f, String action, Function<String, ObjectQuery> query) {
    return page(ctx, f, action, query, false);
  }

  /** @param oneObject whether the request is about one object, whose existence decides 404 */
  private Page page(Context ctx, ObjectFilter f, String action, Function<String, ObjectQuery> query,
      boolean oneObject) {
    Principal p = Guard.principal(ctx);
    Page page = routes.store().read(s -> {
      CollectionRow c = TaxiiRoutes.collection(s, ctx, false);
      ObjectQuery q = query.apply(c.id());
      List<StoredObject> rows = s.objects().find(q);
      boolean more = rows.size() > f.limit();
      List<StoredObject> shown = more ? rows.subList(0, f.limit()) : rows;
      boolean exists = !oneObject || !rows.isEmpty() || !s.objects().find(new ObjectQuery(c.id(),
          p.orgId(), null, q.ids(), List.of(), List.of("all"), List.of("2.0", "2.1"), null, 1)).isEmpty();
      return new Page(List.copyOf(shown), more, exists);
    });
    routes.store().audit(Audit.reads(clock, p, action, page.objects));
    return page;
  }

  private void send(Context ctx, ObjectFilter f, Page page, String field,
      Function<StoredObject, com.fasterxml.jackson.databind.JsonNode> item) {
    ObjectNode body = json.createObjectNode();
    body.put("more", page.more);
    if (page.more) {
      StoredObject last = page.objects.get(page.objects.size() - 1);
      body.put("next", f.next(new ObjectQuery.Position(last.dateAdded(), last.seq())));
    }
    if (!page.objects.isEmpty()) {
      ArrayNode a = body.putArray(field);
      page.objects.forEach(o -> a.add(item.apply(o)));
      ctx.header("X-TAXII-Date-Added-First", page.objects.get(0).dateAdded());
      ctx.header("X-TAXII-Date-Added-Last", page.objects.get(page.objects.size() - 1).dateAdded());
    }
    TaxiiRoutes.send(ctx, 200, body);
  }

  private static long org(Context ctx) {
    return Guard.principal(ctx).orgId();
  }

  private ObjectNode parse(String s) {
    try {
      return (ObjectNode) json.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored object is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
