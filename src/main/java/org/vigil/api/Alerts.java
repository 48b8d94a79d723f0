package org.vigil.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.access.Authenticator;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.alert.AlertBus;
import org.vigil.alert.AlertJson;
import org.vigil.alert.AlertStream;
import org.vigil.alert.Digest;
import org.vigil.store.WebhookStore;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * Alerts of the caller's watchlists (their own and their organisation's) on incidents the
 * organisation reads: the list, the live stream (server-sent events, one {@code alert} event per
 * alert raised or updated), the daily digest, and the webhook deliveries (the caller's webhooks;
 * an admin's also their organisation's and its users': what was sent, what failed and why, with
 * no URL in the errors).
 */
final class Alerts {

  /** Most alerts or deliveries in one answer. */
  static final int MAX_LIMIT = 500;

  private final SharedStore store;
  private final AlertBus bus;
  private final Clock clock;
  private final ObjectMapper json;

  Alerts(SharedStore store, AlertBus bus, Clock clock, ObjectMapper json) {
    this.store = store;
    this.bus = bus;
    this.clock = clock;
    this.json = json;
  }

  void list(Context ctx) {
    Params.only(ctx, Set.of("since", "limit"));
    Principal p = Guard.principal(ctx);
    String since = ctx.queryParam("since") == null ? "" : ctx.queryParam("since");
    int limit = Params.integer(ctx, "limit", 100, 1, MAX_LIMIT);
    ArrayNode out = json.createArrayNode();
    store.call(s -> s.alerts().visibleTo(p.userId(), p.orgId(), since, limit)).forEach(a -> out.add(AlertJson.alert(a)));
    ctx.contentType("application/json").result(json.createObjectNode().set("alerts", out).toString());
  }

  /** The SSE handler (the shared {@link AlertStream}), authenticated by the API's guard. */
  SseHandler stream() {
    return new AlertStream(bus, Guard::principal, ctx -> {
      Principal p = Guard.principal(ctx);
      return () -> store.read(s -> Authenticator.stillSignedIn(s.access(), p, clock.instant()));
    }).handler();
  }

  void digest(Context ctx) {
    Params.only(ctx, Set.of("day"));
    Principal p = Guard.principal(ctx);
    String d = ctx.queryParam("day");
    LocalDate day;
    try {
      day = d == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : LocalDate.parse(d);
    } catch (java.time.format.DateTimeParseException e) {
      throw HttpProblem.badRequest("day '" + d + "' is not a date of the form YYYY-MM-DD");
    }
    ObjectNode n = store.call(s -> Digest.of(s, s.access().findUser(p.userId()).orElseThrow(), day));
    ctx.contentType("application/json").result(n.toString());
  }

  void deliveries(Context ctx) {
    Params.only(ctx, Set.of("limit"));
    Principal p = Guard.principal(ctx);
    int limit = Params.integer(ctx, "limit", 100, 1, MAX_LIMIT);
    ArrayNode out = json.createArrayNode();
    boolean admin = p.role().atLeast(Role.ADMIN);
    for (WebhookStore.Delivery d : store.call(s -> s.webhooks().latestFor(p.userId(), p.orgId(), admin, limit))) {
      out.addObject().put("id", d.id()).put("webhookId", d.webhookId()).put("event", d.eventKey())
          .put("status", d.status()).put("attempts", d.attempts()).put("nextAttempt", d.nextAttempt())
          .put("lastError", d.lastError() == null ? null : withoutUrls(d.lastError())).put("updatedAt", d.updatedAt());
    }
    ctx.contentType("application/json").result(json.createObjectNode().set("deliveries", out).toString());
  }

  private static final Pattern URL = Pattern.compile("(?i)\\b(https?)://([^/\\s\"'?#@]*@)?([^/\\s\"'?#:]+)[^\\s\"']*");

  /** An error with each URL cut to its scheme and host: a webhook's path and query may hold its token. */
  static String withoutUrls(String error) {
    return URL.matcher(error).replaceAll(m -> m.group(1) + "://" + Matcher.quoteReplacement(m.group(3)) + "/...");
  }
}
