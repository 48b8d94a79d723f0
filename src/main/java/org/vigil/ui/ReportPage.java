package org.vigil.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/reports/{id}}: the report's original text, escaped, with the spans its
 * incidents were read from marked by kind (groups, agencies, places, dates, numbers, triggers),
 * and the incidents extracted from it.
 */
final class ReportPage {

  /** Evidence field (prefix) to the kind of span it marks, first match wins. */
  private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("perpetrators", "group"),
      Map.entry("agencies", "agency"), Map.entry("location", "place"), Map.entry("date", "date"),
      Map.entry("casualties", "number"), Map.entry("victims", "number"), Map.entry("type", "trigger"),
      Map.entry("weapons", "trigger"), Map.entry("status", "trigger"), Map.entry("claim", "trigger"));

  private final SharedStore store;
  private final Names names;
  private final ObjectMapper json;

  ReportPage(SharedStore store, Names names, ObjectMapper json) {
    this.store = store;
    this.names = names;
    this.json = json;
  }

  void show(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("report id '" + ctx.pathParam("id") + "' is not a whole number");
    }
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    String[] title = new String[1];
    String body = store.read(s -> {
      StoredReport r = s.reports().byId(viewer, id).orElseThrow(() -> HttpProblem.notFound("no report " + id));
      title[0] = r.title() == null ? r.extId() : r.title();
      List<Highlighter.Span> spans = new ArrayList<>();
      List<IncidentRow> incidents = new ArrayList<>();
      for (SourceRow src : s.sources().ofReport(viewer, id)) {
        s.incidents().byId(viewer, src.incidentId()).ifPresent(incidents::add);
        for (JsonNode e : read(src.valuesJson()).path("evidence")) {
          String field = e.path("field").asText();
          String kind = KINDS.stream().filter(k -> field.startsWith(k.getKey())).map(Map.Entry::getValue)
              .findFirst().orElse(null);
          if (kind != null) {
            spans.add(new Highlighter.Span(e.path("start").asInt(-1), e.path("end").asInt(-1), "e-" + kind,
                kind + " (" + field + ")"));
          }
        }
      }
      StringBuilder h = new StringBuilder("<h1 id=\"report-title\">").append(Html.esc(title[0])).append("</h1><p class=\"muted\">")
          .append(Rows.marking(r.ownership().tlp())).append(' ').append(Html.esc(r.source())).append(" · ")
          .append(Html.esc(r.published()))
          .append(r.url() == null ? "" : " · " + Html.esc(r.url())).append("</p>");
      h.append("<p class=\"legend\">Marked: <mark class=\"e-group\">group</mark><mark class=\"e-agency\">agency</mark>"
          + "<mark class=\"e-place\">place</mark><mark class=\"e-date\">date</mark><mark class=\"e-number\">number</mark>"
          + "<mark class=\"e-trigger\">trigger</mark></p>");
      h.append("<div class=\"report-text\" id=\"report-text\">").append(Highlighter.html(r.text(), spans))
          .append("</div><section class=\"card\"><h2>Incidents from this report</h2>")
          .append(Rows.incidents(incidents, names)).append("</section>");
      return h.toString();
    });
    ctx.html(Layout.page(title[0], "", session.user(), session.csrf(), "", body));
  }

  private JsonNode read(String s) {
    try {
      return json.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
