package org.vigil.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * {@code POST /api/reports}: a report pushed as a JSON object like a JSON Lines record
 * ({@code id, title, text, published, source, url}; only {@code text} is required) and its TLP
 * {@code marking} ({@value #DEFAULT_MARKING} when absent: the pusher's organisation alone). A
 * report without {@code published} is dated the day it arrives (UTC), so that "on Saturday" in
 * its text still finds its day; the answer says which date was taken. It
 * belongs to the pusher's organisation. It is queued in the store (answer 202 with the queue id)
 * and ingested through the same path as {@code vigil ingest}; if that fails, the item stays in
 * the queue marked failed, which {@code GET /api/queue} shows with the reason. Analysts and
 * admins only.
 */
final class PushedReports {

  private static final Set<String> FIELDS = Set.of("id", "title", "text", "published", "source", "url", "marking");

  /** The marking of a pushed report that names none. */
  static final String DEFAULT_MARKING = "amber+strict";

  private final SharedStore store;
  private final ServerSettings settings;
  private final ObjectMapper json;
  private final Runnable queued;
  private final Clock clock;

  PushedReports(SharedStore store, ServerSettings settings, ObjectMapper json, Runnable queued, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.json = json;
    this.queued = queued;
    this.clock = clock;
  }

  void push(Context ctx) {
    Principal p = analyst(ctx, "pushing reports");
    JsonNode body = Bodies.object(ctx, settings, json,
        "{\"id\":\"r1\",\"title\":\"...\",\"text\":\"...\",\"published\":\"2026-11-20\",\"source\":\"...\",\"url\":\"...\"}");
    body.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw Bodies.unprocessable("field '" + f + "' is not one of " + FIELDS);
      }
    });
    String text = Bodies.text(body, "text");
    if (text == null || text.isBlank()) {
      throw Bodies.unprocessable("field 'text' is required and must not be blank");
    }
    String published = Bodies.text(body, "published");
    if (published != null) {
      try {
        LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw Bodies.unprocessable("field 'published' '" + published + "' is not a date of the form YYYY-MM-DD");
      }
    }
    for (String f : new String[] {"id", "title", "source", "url"}) {
      Bodies.text(body, f);
    }
    String m = Bodies.text(body, "marking");
    Tlp marking = Tlp.fromLabel(m == null ? DEFAULT_MARKING : m).orElseThrow(() -> Bodies.unprocessable(
        "field 'marking' '" + m + "' is not a TLP level (clear, green, amber, amber+strict, red)"));
    ObjectNode record = ((ObjectNode) body).deepCopy();
    record.remove("marking");
    if (Bodies.text(body, "id") == null) {
      record.put("id", "api-" + UUID.randomUUID());
    }
    if (published == null) {
      record.put("published", LocalDate.now(clock).toString());
    }
    long id = store.call(s -> s.pending().addRecord("api:" + p.userName(), record.toString(),
        Ownership.of(p.orgId(), marking)));
    queued.run();
    ctx.status(202).contentType("application/json")
        .result(json.createObjectNode().put("queued", id).put("id", record.get("id").asText())
            .put("marking", marking.label()).put("published", record.get("published").asText())
            .put("publishedAssumed", published == null).toString());
  }

  /**
   * {@code GET /api/queue}: how many reports wait, and the failed ones the caller's organisation
   * pushed (latest first) with their reasons; the instance's own intake's are listed by
   * {@code vigil queue list}.
   */
  void queue(Context ctx) {
    Principal p = analyst(ctx, "reading the queue");
    ObjectNode o = json.createObjectNode();
    ArrayNode failed = json.createArrayNode();
    long waiting = store.call(s -> {
      s.pending().failedOf(p.orgId(), settings.maxPageSize()).forEach(f -> failed.add(json.valueToTree(f)));
      return s.pending().size();
    });
    o.put("waiting", waiting).set("failed", failed);
    ctx.contentType("application/json").result(o.toString());
  }

  private static Principal analyst(Context ctx, String what) {
    Principal p = Guard.principal(ctx);
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; " + what + " needs analyst or admin");
    }
    return p;
  }
}
