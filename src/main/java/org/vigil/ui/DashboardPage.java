package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.vigil.store.Aggregates;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Stats;
import org.vigil.store.Viewer;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/}: counts, incidents over time stacked by type (by month, or by week with
 * {@code ?by=week}), killed and wounded over time, top groups and countries, latest incidents and
 * open review items. Every figure is a database aggregate; lists are bounded by
 * {@link UiSettings#topSize()}.
 */
final class DashboardPage {

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final ObjectMapper json;
  private final AggregateCache cache;

  DashboardPage(SharedStore store, UiSettings settings, Names names, ObjectMapper json, AggregateCache cache) {
    this.cache = cache;
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.json = json;
  }

  void show(Context ctx) {
    boolean week = "week".equals(ctx.queryParam("by"));
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    String body = cache.get(viewer + " dashboard:" + week, () -> store.read(s -> {
      Stats st = s.stats(viewer);
      Aggregates a = s.aggregates();
      IncidentFilter all = IncidentFilter.all();
      List<Aggregates.Bucket> periods = a.byPeriodAndType(viewer, all, week);
      List<Aggregates.Bucket> groups = a.topGroups(viewer, all, settings.topSize());
      List<Aggregates.Bucket> countries = a.topCountries(viewer, all, settings.topSize());
      List<IncidentRow> latest = s.incidents().query(viewer, all, settings.topSize(), 0);
      List<IncidentRow> open = new ArrayList<>();
      a.unreviewed(viewer, settings.topSize()).forEach(id -> s.incidents().byId(viewer, id).ifPresent(open::add));
      long openCount = a.unreviewedCount(viewer);
      ObjectNode data = json.createObjectNode().put("unit", week ? "week" : "month");
      ArrayNode p = data.putArray("periods");
      periods.forEach(b -> p.addObject().put("period", b.key()).put("type", b.type()).put("incidents", b.incidents())
          .put("killed", b.killed()).put("wounded", b.wounded()));
      StringBuilder h = new StringBuilder("<h1>Dashboard</h1><section class=\"counts\" aria-label=\"Counts\">");
      count(h, "incidents", st.incidents(), "Incidents");
      count(h, "reports", st.reports(), "Reports");
      count(h, "groups", st.groups(), "Groups");
      count(h, "open", openCount, "Open review items");
      long background = a.backgroundOnly(viewer);
      h.append("</section><p class=\"muted\" id=\"background-note\">").append(background == 0 ? "" : "These counts, "
          + "charts and tables include " + background + (background == 1 ? " incident" : " incidents") + " known only from "
          + "background mentions (earlier events recalled in reports about others), marked <span class=\"bg\">"
          + "background</span> in lists. ").append("Killed and wounded add up the tolls that sources give; an unknown "
          + "toll adds nothing and shows as unknown, not 0.</p>");
      h.append("<div class=\"grid\"><section class=\"card wide\"><h2>Incidents over time</h2>")
          .append("<p class=\"controls\">By <a href=\"/ui/?by=month\"").append(week ? "" : " aria-current=\"true\"")
          .append(">month</a> · <a href=\"/ui/?by=week\"").append(week ? " aria-current=\"true\"" : "")
          .append(">week</a></p><div class=\"chart\"><canvas id=\"by-type\" role=\"img\" aria-label=\"Incidents per ")
          .append(week ? "week" : "month").append(" stacked by type\"></canvas></div></section>")
          .append("<section class=\"card wide\"><h2>Killed and wounded over time</h2><div class=\"chart\">")
          .append("<canvas id=\"casualties\" role=\"img\" aria-label=\"Killed and wounded per period\"></canvas></div></section>")
          .append("<section class=\"card\"><h2>Top groups</h2>").append(table(groups, true)).append("</section>")
          .append("<section class=\"card\"><h2>Countries</h2>").append(table(countries, false)).append("</section>")
          .append("<section class=\"card wide\"><h2>Latest incidents</h2>").append(Rows.incidents(latest, names))
          .append("</section><section class=\"card wide\"><h2>Open review items <span class=\"muted\">(")
          .append(openCount).append(" not reviewed; deadliest first)</span></h2>").append(Rows.incidents(open, names))
          .append("</section></div><script type=\"application/json\" id=\"dash-data\">")
          .append(Html.json(data.toString())).append("</script>");
      return h.toString();
    }));
    ctx.html(Layout.page("Dashboard", "Dashboard", session.user(), session.csrf(),
        Layout.charts() + Layout.script("/ui/static/types.js") + Layout.script("/ui/static/dashboard.js"), body));
  }

  private static void count(StringBuilder h, String id, long n, String label) {
    h.append("<div class=\"count\"><span class=\"n\" id=\"count-").append(id).append("\">").append(n)
        .append("</span><span class=\"label\">").append(label).append("</span></div>");
  }

  private String table(List<Aggregates.Bucket> rows, boolean groups) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\">None yet.</p>";
    }
    StringBuilder b = new StringBuilder("<table><thead><tr><th scope=\"col\">").append(groups ? "Group" : "Country")
        .append("</th><th scope=\"col\" class=\"n\">Incidents</th><th scope=\"col\" class=\"n\">Killed</th></tr></thead><tbody>");
    for (Aggregates.Bucket r : rows) {
      String href = groups ? "/ui/groups/" + Html.url(r.key()) : "/ui/map?country=" + Html.url(r.key());
      b.append("<tr><td>").append(Html.link(href, groups ? names.group(r.key()) : Names.country(r.key())))
          .append("</td><td class=\"n\">").append(r.incidents()).append("</td><td class=\"n\">").append(r.killed())
          .append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }
}
