package org.vigil.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.merge.MergeRules;
import org.vigil.merge.Reviewing;
import org.vigil.registry.Registries;
import org.vigil.store.Proposal;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code /api/proposals}: reviews analysts of other organisations proposed for incidents the
 * caller's organisation owns, and those its own analysts proposed to others (open ones, or all
 * with {@code ?all=true}); the owner's analysts accept ({@code POST .../accept}: it becomes
 * their review) or reject them.
 */
final class Proposals {

  private final SharedStore store;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;

  Proposals(SharedStore store, Registries registries, MergeRules merge, Clock clock, ObjectMapper json) {
    this.store = store;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  void list(Context ctx) {
    Params.only(ctx, Set.of("all", "limit"));
    Principal p = Guard.principal(ctx);
    boolean all = "true".equals(ctx.queryParam("all"));
    int limit = Params.integer(ctx, "limit", 100, 1, Alerts.MAX_LIMIT);
    ArrayNode out = json.createArrayNode();
    store.call(s -> s.reviews().proposals(p.viewer(), 0, !all, limit)).forEach(x -> out.add(json(json, x)
        .get("proposal")));
    ctx.contentType("application/json").result(json.createObjectNode().set("proposals", out).toString());
  }

  void accept(Context ctx) {
    decide(ctx, true);
  }

  void reject(Context ctx) {
    decide(ctx, false);
  }

  private void decide(Context ctx, boolean accept) {
    Principal p = Guard.principal(ctx);
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; deciding proposals needs the role analyst");
    }
    long id = Params.id(ctx, "id");
    Proposal done = store.call(s -> new Reviewing(s, registries.groups(), merge, clock)
        .decide(p.userName(), p.viewer(), "api", id, accept)
        .orElseThrow(() -> HttpProblem.notFound("no open proposal " + id + " on an incident of your organisation")));
    ctx.contentType("application/json").result(json(json, done).toString());
  }

  /** {@code {"proposal":{...}}}. */
  static ObjectNode json(ObjectMapper json, Proposal p) {
    ObjectNode o = json.createObjectNode();
    o.putObject("proposal").put("id", p.id()).put("incident", p.incidentId()).put("organisation", p.orgId())
        .put("user", p.userName()).put("field", p.field()).put("action", p.action()).put("value", p.value())
        .put("status", p.status()).put("createdAt", p.createdAt()).put("decidedBy", p.decidedBy())
        .put("decidedAt", p.decidedAt());
    return o;
  }
}
