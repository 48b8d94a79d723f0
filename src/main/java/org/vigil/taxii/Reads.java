package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vigil.access.Principal;
import org.vigil.store.CollectionRow;
import org.vigil.store.ObjectQuery;
import org.vigil.store.StoredObject;
import org.vigil.web.ErrorMapper;
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
    sendStored(ctx, f, page);
  }

  void object(Context ctx) {
    MediaTypes.requireAccept(ctx, true);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), ONE);
    String id = ctx.pathParam("object");
    Page page = page(ctx, f, "taxii.read", c -> f.query(c, org(ctx), List.of(id), List.of()), true);
    requireExists(ctx, page, id);
    sendStored(ctx, f, page);
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
      body.put("next", next(f, page));
    }
    if (!page.objects.isEmpty()) {
      ArrayNode a = body.putArray(field);
      page.objects.forEach(o -> a.add(item.apply(o)));
      addedHeaders(ctx, page);
    }
    TaxiiRoutes.send(ctx, 200, body);
  }

  /**
   * Sends a page of objects as they were stored: they were stored as Jackson wrote them after
   * their checks, so reading each into a tree to write it again gives the same bytes. Each is
   * still read through (without building anything), so that a row that is not one JSON object
   * answers 500 rather than a broken body.
   */
  private void sendStored(Context ctx, ObjectFilter f, Page page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.objects.stream()
        .mapToInt(o -> o.json().length() + 1).sum());
    try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeBooleanField("more", page.more);
      if (page.more) {
        g.writeStringField("next", next(f, page));
      }
      if (!page.objects.isEmpty()) {
        g.writeArrayFieldStart("objects");
        for (StoredObject o : page.objects) {
          requireObject(o);
          g.writeRawValue(o.json());
        }
        g.writeEndArray();
        addedHeaders(ctx, page);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ErrorMapper.sendTaxii(ctx, 200, out.toByteArray());
  }

  /** @throws IllegalStateException when the stored text of {@code o} is not one JSON object */
  private void requireObject(StoredObject o) {
    try (JsonParser p = json.getFactory().createParser(o.json())) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        p.skipChildren();
        if (p.nextToken() == null) {
          return;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored object " + o.stixId() + " is not JSON: " + e.getMessage(), e);
    }
    throw new IllegalStateException("stored object " + o.stixId() + " is not one JSON object");
  }

  private static String next(ObjectFilter f, Page page) {
    StoredObject last = page.objects.get(page.objects.size() - 1);
    return f.next(new ObjectQuery.Position(last.dateAdded(), last.seq()));
  }

  private static void addedHeaders(Context ctx, Page page) {
    ctx.header("X-TAXII-Date-Added-First", page.objects.get(0).dateAdded());
    ctx.header("X-TAXII-Date-Added-Last", page.objects.get(page.objects.size() - 1).dateAdded());
  }

  private static long org(Context ctx) {
    return Guard.principal(ctx).orgId();
  }
}
