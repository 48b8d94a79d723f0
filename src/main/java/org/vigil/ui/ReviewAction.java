package org.vigil.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.review.ReviewField;
import org.vigil.store.AuditEntry;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code POST /ui/incidents/{id}/review} (form fields {@code field}, {@code action} =
 * confirm|reject|set, {@code value} for set): the same review as the REST API's, recorded in the
 * audit log as {@code ui.review}; answers with a redirect back to the incident. Needs the role
 * analyst.
 */
final class ReviewAction {

  private static final int MAX_VALUE = 200;

  private final SharedStore store;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;
  private final AggregateCache cache;

  ReviewAction(SharedStore store, Registries registries, MergeRules merge, Clock clock, ObjectMapper json,
      AggregateCache cache) {
    this.cache = cache;
    this.store = store;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  void post(Context ctx) {
    Principal p = UiAuth.session(ctx).user();
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; reviewing incidents needs the role analyst");
    }
    long id = IncidentPage.id(ctx);
    String field = String.valueOf(ctx.formParam("field"));
    String action = String.valueOf(ctx.formParam("action"));
    String value = ctx.formParam("value");
    ReviewField f = ReviewField.fromLabel(field).orElseThrow(() -> HttpProblem.badRequest("field '" + field
        + "' cannot be reviewed; fields: " + ReviewField.labels()));
    if (!Set.of("confirm", "reject", "set").contains(action)) {
      throw HttpProblem.badRequest("action '" + action + "' is not confirm, reject or set");
    }
    if (action.equals("reject") && !f.rejectable()) {
      throw HttpProblem.badRequest(field + " cannot be empty, so it cannot be rejected; correct it instead");
    }
    String given = null;
    if (action.equals("set")) {
      if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
        throw HttpProblem.badRequest("a correction needs a value of 1 to " + MAX_VALUE + " characters");
      }
      try {
        given = f.parse(value.strip()).toString();
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest(e.getMessage());
      }
    }
    String stored0 = given;
    store.call(s -> {
      IncidentRow row = s.incidents().byId(id).orElseThrow(() -> HttpProblem.notFound("no incident " + id));
      String stored = stored0;
      if (action.equals("confirm")) {
        JsonNode current = f.read(read(row.recordJson()));
        stored = current.isNull() ? null : current.toString();
      }
      s.reviews().put(new Review(id, f.label(), action, stored, clock.instant().toString()));
      new IncidentMerger(s, registries.groups(), merge).refresh(id);
      s.audit().append(new AuditEntry(0, clock.instant().toString(), p.userName(), p.orgId(), "ui.review",
          "incident " + id, f.label() + " " + action + (stored == null ? "" : " " + stored)));
      return null;
    });
    cache.clear();
    ctx.redirect("/ui/incidents/" + id + "#field-" + f.label());
  }

  private JsonNode read(String s) {
    try {
      return json.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
