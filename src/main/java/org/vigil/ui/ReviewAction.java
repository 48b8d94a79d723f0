package org.vigil.ui;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.merge.MergeRules;
import org.vigil.merge.Reviewing;
import org.vigil.registry.Registries;
import org.vigil.review.ReviewField;
import org.vigil.store.Proposal;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code POST /ui/incidents/{id}/review} (form fields {@code field}, {@code action} =
 * confirm|reject|set, {@code value} for set): the same review as the REST API's (applied to an
 * incident the user's organisation owns, else a proposal to its owner), recorded in the audit log
 * as {@code ui.review} or {@code ui.propose}; and {@code POST /ui/proposals/{id}/accept} or
 * {@code .../reject}, the owner's decision. Each answers with a redirect back to the incident.
 * Needs the role analyst.
 */
final class ReviewAction {

  private static final int MAX_VALUE = 200;

  private final SharedStore store;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final AggregateCache cache;
  private final IncidentPage incident;

  ReviewAction(SharedStore store, Registries registries, MergeRules merge, Clock clock, AggregateCache cache,
      IncidentPage incident) {
    this.cache = cache;
    this.incident = incident;
    this.store = store;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
  }

  void post(Context ctx) {
    Principal p = analyst(ctx);
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
      String typed = value == null ? "" : value;
      try {
        if (typed.isBlank() || typed.length() > MAX_VALUE) {
          throw new IllegalArgumentException("a correction needs a value of 1 to " + MAX_VALUE + " characters");
        }
        given = f.parse(typed.strip()).toString();
      } catch (IllegalArgumentException e) {
        incident.refused(ctx, id, new ReviewForm.Refusal(f.label(), typed.length() > MAX_VALUE
            ? typed.substring(0, MAX_VALUE) : typed, e.getMessage()));
        return;
      }
    }
    String value0 = given;
    boolean applied = store.call(s -> new Reviewing(s, registries.groups(), merge, clock)
        .review(p.userName(), p.viewer(), "ui", id, f, action, value0)
        .orElseThrow(() -> HttpProblem.notFound("no incident " + id))).applied();
    if (applied) {
      cache.clear();
    }
    ctx.redirect("/ui/incidents/" + id + (applied ? "#field-" + f.label() : "#proposals"));
  }

  void accept(Context ctx) {
    decide(ctx, true);
  }

  void reject(Context ctx) {
    decide(ctx, false);
  }

  private void decide(Context ctx, boolean accept) {
    Principal p = analyst(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("proposal id '" + ctx.pathParam("id") + "' is not a whole number");
    }
    Proposal done = store.call(s -> new Reviewing(s, registries.groups(), merge, clock)
        .decide(p.userName(), p.viewer(), "ui", id, accept)
        .orElseThrow(() -> HttpProblem.notFound("no open proposal " + id + " on an incident of your organisation")));
    if (accept) {
      cache.clear();
    }
    ctx.redirect("/ui/incidents/" + done.incidentId() + "#proposals");
  }

  private static Principal analyst(Context ctx) {
    Principal p = UiAuth.session(ctx).user();
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; reviewing incidents needs the role analyst");
    }
    return p;
  }
}
