package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/map/card/{id}}: what a map popup says about one incident, as JSON: type, date,
 * place with its precision, group, tolls with their qualifiers ("unknown" when no source gives
 * one, never 0), how many sources, whether it is known only from a background mention, and the
 * incident's page. Read when a popup opens, so the markers stay small.
 */
final class MapCard {

  private final SharedStore store;
  private final Names names;
  private final ObjectMapper json;

  MapCard(SharedStore store, Names names, ObjectMapper json) {
    this.store = store;
    this.names = names;
    this.json = json;
  }

  void show(Context ctx) {
    long id = IncidentPage.id(ctx);
    Viewer viewer = UiAuth.session(ctx).user().viewer();
    ObjectNode o = store.read(s -> {
      IncidentRow r = s.incidents().byId(viewer, id).orElseThrow(() -> HttpProblem.notFound("no incident " + id));
      ObjectNode n = json.createObjectNode().put("id", id).put("type", r.type()).put("typeLabel", r.type().replace('_', ' '))
          .put("date", r.dateValue() == null ? "undated" : r.dateValue()).put("place", Rows.place(r))
          .put("precision", r.placePrecision()).put("group", r.groupId() == null ? null : names.group(r.groupId()))
          .put("killed", Values.count(r, ReviewField.KILLED)).put("wounded", Values.count(r, ReviewField.WOUNDED))
          .put("sources", s.sources().ofIncident(viewer, id).size()).put("background", r.backgroundOnly());
      return n.put("url", "/ui/incidents/" + id);
    });
    ctx.contentType("application/json").result(o.toString());
  }
}
