package org.vigil.ui;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of the incident page that tell how the record came to be: each casualty figure
 * with its history (value, qualifier, report, date; the figure chosen marked) and the rule that
 * chose it, the incidents related to this one (linked, not merged: an arrest and the attack it
 * answered) and the incidents merged into it. Renders the detail view
 * ({@link org.vigil.query.IncidentViews#detail}); every value is escaped.
 */
final class IncidentStory {

  private IncidentStory() {}

  static String html(JsonNode detail) {
    StringBuilder h = new StringBuilder("<section class=\"card\" id=\"tolls\"><h2>Casualty figures</h2>");
    boolean any = false;
    var fields = detail.path("tolls").fields();
    while (fields.hasNext()) {
      var f = fields.next();
      JsonNode history = f.getValue().path("history");
      if (history.isEmpty()) {
        continue;
      }
      any = true;
      h.append("<h3>").append(Html.esc(f.getKey())).append(": ").append(Html.esc(count(detail.at("/casualties/"
          + f.getKey())))).append("</h3><p class=\"muted\">").append(Html.esc(f.getValue().path("rule").asText("")))
          .append("</p><div class=\"scroll\"><table class=\"toll-history\" data-field=\"").append(Html.esc(f.getKey()))
          .append("\"><thead><tr><th scope=\"col\">Published</th><th scope=\"col\">Figure</th>"
              + "<th scope=\"col\">Source</th><th scope=\"col\"></th></tr></thead><tbody>");
      for (JsonNode e : history) {
        String source = e.hasNonNull("report") ? e.get("report").asText() + (e.hasNonNull("title") ? ": "
            + e.get("title").asText() : "") : e.path("dataset").asText() + " record " + e.path("record").asText();
        h.append("<tr").append(e.path("chosen").asBoolean() ? " class=\"chosen\"" : "").append("><td>")
            .append(Html.esc(e.path("published").asText("undated"))).append("</td><td>")
            .append(e.path("increase").asBoolean() ? "+" : "").append(Html.esc(count(e))).append("</td><td>")
            .append(Html.esc(source)).append("</td><td>")
            .append(e.path("chosen").asBoolean() ? "chosen" : e.path("countsForCasualties").asBoolean() ? "" : "does not count")
            .append("</td></tr>");
      }
      h.append("</tbody></table></div>");
    }
    if (!any) {
      h.append("<p class=\"empty\">No source gave a casualty figure.</p>");
    }
    h.append("</section>");
    if (!detail.path("related").isEmpty()) {
      h.append("<section class=\"card\" id=\"related\"><h2>Related incidents</h2><p class=\"muted\">Linked, not merged: "
          + "different events.</p><ul>");
      for (JsonNode r : detail.path("related")) {
        boolean to = r.path("direction").asText().equals("to");
        String kind = r.path("kind").asText().equals("prevented") ? "stopped" : "answered";
        h.append("<li>").append(to ? "This incident " + kind + " " : "")
            .append(Html.link("/ui/incidents/" + r.path("incident").asLong(), "incident " + r.path("incident").asLong()
                + " (" + r.path("summary").asText() + ")"))
            .append(to ? "" : " " + kind + " this one");
        if (r.hasNonNull("report")) {
          h.append(" <span class=\"muted\">as report ").append(Html.esc(r.get("report").asText())).append(" says: “")
              .append(Html.esc(r.path("evidence").asText())).append("”</span>");
        }
        h.append("</li>");
      }
      h.append("</ul></section>");
    }
    if (!detail.path("mergedFrom").isEmpty()) {
      h.append("<section class=\"card\" id=\"merged\"><h2>Merged into this incident</h2><ul>");
      for (JsonNode m : detail.path("mergedFrom")) {
        h.append("<li>incident ").append(m.path("incident").asLong()).append(" <span class=\"muted\">")
            .append(Html.esc(m.path("at").asText())).append("</span>")
            .append(m.hasNonNull("reason") ? ": " + Html.esc(m.get("reason").asText()) : "").append("</li>");
      }
      h.append("</ul></section>");
    }
    return h.toString();
  }

  private static String count(JsonNode c) {
    if (c.isMissingNode() || c.isNull()) {
      return "unknown";
    }
    String q = c.path("qualifier").asText("exact");
    return (q.equals("exact") ? "" : q.replace('_', ' ') + " ") + c.path("value").asInt();
  }
}
