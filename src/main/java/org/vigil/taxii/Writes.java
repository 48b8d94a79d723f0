package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.vigil.access.Principal;
import org.vigil.alert.AlertEvent;
import org.vigil.access.Role;
import org.vigil.stix.StixObject;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.ObjectQuery;
import org.vigil.store.StoredObject;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;

/**
 * POST of an envelope (202 with a status resource; each object a success or a failure with the
 * reason) and DELETE of an object (its versions that the user's organisation added). Writing
 * needs the analyst role and write access to the collection; deleting the admin role.
 */
final class Writes {

  private static final Set<String> DELETE = Set.of("match[version]", "match[spec_version]");

  private final TaxiiRoutes routes;
  private final ObjectMapper json;
  private final Clock clock;

  Writes(TaxiiRoutes routes, ObjectMapper json, Clock clock) {
    this.routes = routes;
    this.json = json;
    this.clock = clock;
  }

  void post(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    MediaTypes.requireContentType(ctx);
    Principal p = Guard.principal(ctx);
    requireRole(p, Role.ANALYST, "add objects");
    long max = routes.store().call(s -> Math.min(TaxiiRoutes.root(s, ctx).maxContentLength(),
        routes.settings().maxContentLength()));
    byte[] body = read(ctx, max);
    ArrayNode objects = envelope(body);
    List<AlertEvent> alerts = new ArrayList<>();
    ObjectNode status = routes.store().call(s -> {
      ApiRootRow root = TaxiiRoutes.root(s, ctx);
      CollectionRow c = TaxiiRoutes.collection(s, ctx, true);
      Instant now = clock.instant();
      String statusId = UUID.randomUUID().toString();
      ObjectNode st = json.createObjectNode();
      st.put("id", statusId);
      st.put("status", "complete");
      st.put("request_timestamp", TaxiiTime.dateAdded(now));
      st.put("total_count", objects.size());
      ArrayNode ok = json.createArrayNode();
      ArrayNode bad = json.createArrayNode();
      CollectionWriter writer = new CollectionWriter(s, c, p.orgId());
      List<StixObject> added = new ArrayList<>();
      for (JsonNode n : objects) {
        ObjectNode detail = json.createObjectNode();
        detail.put("id", n.path("id").asText(""));
        detail.put("version", n.has("modified") ? n.path("modified").asText() : n.path("created").asText(""));
        try {
          if (!n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
          }
          Optional<StoredObject> stored = writer.add((ObjectNode) n, now);
          if (stored.isPresent()) {
            detail.put("version", stored.get().version());
            added.add(StixObject.of((ObjectNode) n));
            Audit.write(s, clock, p, "taxii.add", stored.get().stixId() + "@" + stored.get().version(),
                "collection " + c.id());
          }
          detail.put("message", stored.isPresent() ? "added to collection '" + c.id() + "'"
              : "already in collection '" + c.id() + "'");
          ok.add(detail);
        } catch (IllegalArgumentException e) {
          detail.put("message", e.getMessage());
          bad.add(detail);
        }
      }
      writer.flush();
      st.put("success_count", ok.size());
      st.set("successes", ok);
      st.put("failure_count", bad.size());
      st.set("failures", bad);
      st.put("pending_count", 0);
      st.set("pendings", json.createArrayNode());
      s.objects().putStatus(statusId, root.name(), p.orgId(), st.toString(), now.toString());
      alerts.addAll(routes.workspace().add(s, c, p.orgId(), added));
      return st;
    });
    routes.workspace().publish(routes.store(), alerts);
    TaxiiRoutes.send(ctx, 202, status);
  }

  void delete(Context ctx) {
    MediaTypes.requireAccept(ctx, false);
    Principal p = Guard.principal(ctx);
    ObjectFilter f = ObjectFilter.parse(ctx, routes.settings(), DELETE);
    String id = ctx.pathParam("object");
    int[] counts = routes.store().call(s -> {
      CollectionRow c = TaxiiRoutes.collection(s, ctx, false);
      List<String> versions = f.versions().isEmpty() ? List.of("all") : f.versions();
      List<String> specs = f.specVersions().isEmpty() ? List.of("2.0", "2.1") : f.specVersions();
      int[] r = s.objects().delete(new ObjectQuery(c.id(), p.orgId(), null, List.of(id), List.of(),
          versions, specs, null, Integer.MAX_VALUE));
      if (r[0] > 0) {
        TaxiiRoutes.collection(s, ctx, true);
        requireRole(p, Role.ADMIN, "delete objects");
        if (r[1] > 0) {
          Audit.write(s, clock, p, "taxii.delete", id, r[1] + " version(s) from collection " + c.id());
        }
      }
      return r;
    });
    if (counts[0] == 0) {
      throw HttpProblem.notFound("no object '" + id + "' in collection '" + ctx.pathParam("collection") + "'");
    }
    if (counts[1] == 0) {
      throw HttpProblem.forbidden("object '" + id + "' was added by another organisation; only it may delete it");
    }
    TaxiiRoutes.send(ctx, 200, json.createObjectNode());
  }

  private static void requireRole(Principal p, Role role, String what) {
    if (!p.role().atLeast(role)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label() + "; to " + what
          + " the role " + role.label() + " is needed");
    }
  }

  private static byte[] read(Context ctx, long max) {
    String cl = ctx.header("Content-Length");
    if (cl != null && cl.matches("\\d{1,18}") && Long.parseLong(cl) > max) {
      throw tooLarge(cl + " bytes", max);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw tooLarge("more than " + max + " bytes", max);
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpProblem tooLarge(String size, long max) {
    return new HttpProblem(413, "Content Too Large", "the body has " + size + "; this API root accepts at most "
        + max + " (max_content_length, server.max-content-length)");
  }

  private ArrayNode envelope(byte[] body) {
    JsonNode n;
    try {
      n = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(422, "Unprocessable Content", "the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == null || !n.isObject() || !n.path("objects").isArray()) {
      throw new HttpProblem(422, "Unprocessable Content",
          "the body is not a TAXII envelope: expected a JSON object with an \"objects\" array");
    }
    return (ArrayNode) n.get("objects");
  }
}
