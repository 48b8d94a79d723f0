package org.vigil.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.query.GroupProfiles;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentRow;
import org.vigil.store.IncidentStore;
import org.vigil.store.Viewer;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/groups/{name}}: aliases with the reports that used them, parent and sub-groups,
 * incidents on a timeline (by year and type) and a small map, fatalities per year, countries,
 * the latest incidents, and a graph of related groups, agencies, places and incidents (from the
 * latest {@link UiSettings#pageSize()} incidents).
 */
final class GroupPage {

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;
  private final ObjectMapper json;

  GroupPage(SharedStore store, UiSettings settings, Names names, Registries registries, ObjectMapper json) {
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
    this.json = json;
  }

  void show(Context ctx) {
    String name = ctx.pathParam("name");
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    String[] title = new String[1];
    String body = store.read(s -> {
      GroupProfiles.Resolved r = GroupProfiles.resolve(s, registries, name)
          .orElseThrow(() -> HttpProblem.notFound("group '" + name + "' is not in the registry"));
      ObjectNode p = GroupProfiles.profile(s, viewer, registries, r);
      title[0] = r.group().name();
      List<IncidentRow> latest = s.incidents().ofGroups(viewer, r.ids(), settings.pageSize());
      ObjectNode data = json.createObjectNode().put("group", r.group().id());
      ArrayNode years = data.putArray("years");
      for (IncidentStore.Tally t : s.incidents().tallyByYearAndType(viewer, r.ids())) {
        years.addObject().put("year", t.key()).put("type", t.type()).put("incidents", t.incidents())
            .put("killed", t.killed());
      }
      data.set("graph", graph(r, latest));
      StringBuilder h = new StringBuilder("<h1 id=\"group-name\">").append(Html.esc(r.group().name())).append("</h1><dl class=\"kv\">");
      h.append("<dt>Parent</dt><dd>");
      if (r.group().parent() != null) {
        h.append(Html.link("/ui/groups/" + Html.url(r.group().parent()), names.group(r.group().parent())));
      } else {
        h.append("none");
      }
      h.append("</dd><dt>Sub-groups</dt><dd>");
      List<Group> subs = registries.groups().all().stream().filter(g -> r.group().id().equals(g.parent())).toList();
      h.append(subs.isEmpty() ? "none" : String.join(", ", subs.stream()
          .map(g -> Html.link("/ui/groups/" + Html.url(g.id()), g.name())).toList()));
      h.append("</dd><dt>Also known as</dt><dd>").append(Html.esc(String.join(", ",
          texts(p.path("registryAliases"))))).append("</dd>")
          .append("<dt>Killed / wounded</dt><dd>").append(p.path("killed").asLong()).append(" / ")
          .append(p.path("wounded").asLong()).append(" <span class=\"muted\">(tolls the sources give, background mentions "
          + "included; unknown tolls add nothing)</span></dd></dl>");
      h.append("<div class=\"grid\"><section class=\"card\"><h2>Aliases in reports</h2>");
      if (p.path("aliasesInReports").isEmpty()) {
        h.append("<p class=\"empty\">None recorded.</p>");
      } else {
        h.append("<table><thead><tr><th scope=\"col\">Alias</th><th scope=\"col\" class=\"n\">Reports</th>"
            + "<th scope=\"col\">For example</th></tr></thead><tbody>");
        for (JsonNode a : p.path("aliasesInReports")) {
          h.append("<tr><td>").append(Html.esc(a.path("alias").asText())).append("</td><td class=\"n\">")
              .append(a.path("reports").asInt()).append("</td><td>").append(String.join("; ",
              texts(a.path("examples")).stream().map(x -> s.reports().byExtId(viewer, x)
                  .map(rep -> Html.link("/ui/reports/" + rep.id(), SearchPage.headline(rep))).orElse(Html.esc(x)))
                  .toList())).append("</td></tr>");
        }
        h.append("</tbody></table>");
      }
      h.append("</section><section class=\"card\"><h2>Countries</h2><ul>");
      p.path("countries").fields().forEachRemaining(c -> h.append("<li>").append(Html.link("/ui/map?group="
          + Html.url(r.group().id()) + "&country=" + Html.url(c.getKey()), Names.country(c.getKey()))).append(": ")
          .append(c.getValue().asLong()).append("</li>"));
      h.append("</ul></section><section class=\"card\"><h2>Incidents by year</h2><div class=\"chart\"><canvas id=\"g-years\" "
          + "role=\"img\" aria-label=\"Incidents per year by type\"></canvas></div></section>"
          + "<section class=\"card\"><h2>Killed per year</h2><div class=\"chart\"><canvas id=\"g-killed\" role=\"img\" "
          + "aria-label=\"Killed per year\"></canvas></div></section>"
          + "<section class=\"card\"><h2>Where</h2><div id=\"group-map\" class=\"small-map\" role=\"region\" "
          + "aria-label=\"Map of the group's incidents\"></div></section>"
          + "<section class=\"card\"><h2>Related groups, agencies, places and incidents</h2><div id=\"graph\" "
          + "role=\"img\" aria-label=\"Graph of related entities\"></div></section>"
          + "<section class=\"card wide\"><h2>Latest incidents</h2>").append(Rows.incidents(latest, names))
          .append("</section></div><script type=\"application/json\" id=\"group-data\">")
          .append(Html.json(data.toString())).append("</script>");
      return h.toString();
    });
    ctx.html(Layout.page(title[0], "", session.user(), session.csrf(),
        Layout.style("/webjars/leaflet/1.9.4/dist/leaflet.css")
            + Layout.script("/webjars/leaflet/1.9.4/dist/leaflet.js")
            + Layout.charts()
            + Layout.script("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
            + Layout.script("/ui/static/types.js") + Layout.script("/ui/static/group.js"), body));
  }

  /** Nodes and edges: the group, its parent and sub-groups, and per incident its place and agencies. */
  private ObjectNode graph(GroupProfiles.Resolved r, List<IncidentRow> incidents) {
    ObjectNode g = json.createObjectNode();
    ArrayNode nodes = g.putArray("nodes");
    ArrayNode edges = g.putArray("edges");
    Set<String> seen = new HashSet<>();
    String self = "g:" + r.group().id();
    node(nodes, seen, self, r.group().name(), "group");
    if (r.group().parent() != null) {
      node(nodes, seen, "g:" + r.group().parent(), names.group(r.group().parent()), "group");
      edges.addObject().put("source", self).put("target", "g:" + r.group().parent()).put("label", "part of");
    }
    registries.groups().all().stream().filter(x -> r.group().id().equals(x.parent())).forEach(x -> {
      node(nodes, seen, "g:" + x.id(), x.name(), "group");
      edges.addObject().put("source", "g:" + x.id()).put("target", self).put("label", "part of");
    });
    for (IncidentRow i : incidents) {
      String in = "i:" + i.id();
      node(nodes, seen, in, i.type().replace('_', ' ') + " " + (i.dateValue() == null ? "" : i.dateValue()), "incident");
      edges.addObject().put("source", self).put("target", in);
      if (i.place() != null) {
        String pl = "p:" + i.place();
        node(nodes, seen, pl, i.place(), "place");
        edges.addObject().put("source", in).put("target", pl);
      }
      try {
        for (JsonNode a : json.readTree(i.recordJson()).path("agencies")) {
          String label = a.path("agency").asText(a.path("name").asText(a.path("text").asText("")));
          if (!label.isEmpty()) {
            node(nodes, seen, "a:" + label, label, "agency");
            edges.addObject().put("source", in).put("target", "a:" + label);
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a stored record is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return g;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void node(ArrayNode nodes, Set<String> seen, String id, String label, String kind) {
    if (seen.add(id)) {
      nodes.addObject().put("id", id).put("label", label).put("kind", kind);
    }
  }
}
