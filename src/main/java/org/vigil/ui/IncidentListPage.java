package org.vigil.ui;

import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/incidents}: the filters, how many incidents match, links to download them
 * ({@link IncidentExport}), and the matching incidents latest first, one page of
 * {@link UiSettings#pageSize()} at a time ({@code page=N}, at most {@value #MAX_PAGE}).
 */
final class IncidentListPage {

  /** Deepest page served: offsets beyond it cost a long scan; narrow the filters instead. */
  static final int MAX_PAGE = 1000;

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;

  IncidentListPage(SharedStore store, UiSettings settings, Names names, Registries registries) {
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
  }

  void show(Context ctx) {
    Filters f = Filters.of(ctx);
    int page = page(ctx.queryParam("page"));
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    String body = store.read(s -> {
      IncidentFilter filter = f.resolve(s, registries);
      List<IncidentRow> rows = s.incidents().query(viewer, filter, settings.pageSize() + 1,
          (page - 1) * settings.pageSize());
      boolean more = rows.size() > settings.pageSize();
      long total = s.aggregates().count(viewer, filter);
      String q = query(f);
      StringBuilder h = new StringBuilder("<h1>Incidents</h1><form class=\"filters\" method=\"get\" action=\"/ui/incidents\" "
          + "aria-label=\"Filters\">").append(FilterForm.fields(names, f, FilterForm.overview(s, viewer)))
          .append("<button type=\"submit\">Apply</button> <a href=\"/ui/incidents\">Clear</a></form>")
          .append("<p class=\"muted\"><span id=\"total\" data-total=\"").append(total).append("\">").append(total)
          .append(total == 1 ? " incident" : " incidents").append("</span>")
          .append(f.equals(new Filters(null, null, null, null, null, null)) ? "" : " match the filters")
          .append(", latest first. Page ").append(page).append(". <a href=\"/ui/map?").append(Html.esc(q))
          .append("\">On the map</a> · Download these: <a id=\"export-csv\" href=\"/ui/incidents.csv?").append(Html.esc(q))
          .append("\">CSV</a>, <a id=\"export-geojson\" href=\"/ui/incidents.geojson?").append(Html.esc(q))
          .append("\">GeoJSON</a></p>")
          .append(Rows.incidents(rows.subList(0, Math.min(rows.size(), settings.pageSize())), names))
          .append("<nav aria-label=\"Pages\" class=\"pager\">");
      if (page > 1) {
        h.append("<a rel=\"prev\" href=\"").append(Html.esc(pageUrl(f, page - 1)))
            .append("\">Newer</a> ");
      }
      if (more && page < MAX_PAGE) {
        h.append("<a rel=\"next\" href=\"").append(Html.esc(pageUrl(f, page + 1)))
            .append("\">Older</a>");
      }
      return h.append("</nav>").toString();
    });
    ctx.html(Layout.page("Incidents", "Incidents", session.user(), session.csrf(), "", body));
  }

  private static int page(@Nullable String v) {
    if (v == null || v.isBlank()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= MAX_PAGE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpProblem.badRequest("page '" + v + "' is not a whole number in 1.." + MAX_PAGE);
  }

  private static String pageUrl(Filters f, int page) {
    String q = query(f);
    return "/ui/incidents?" + (q.isEmpty() ? "" : q + "&") + "page=" + page;
  }

  private static String query(Filters f) {
    StringBuilder b = new StringBuilder();
    add(b, "type", f.type());
    add(b, "group", f.group());
    add(b, "country", f.country());
    add(b, "since", f.since());
    add(b, "until", f.until());
    add(b, "tlp", f.tlp() == null ? null : f.tlp().label());
    return b.toString();
  }

  private static void add(StringBuilder b, String k, @Nullable String v) {
    if (v != null) {
      b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(Html.url(v));
    }
  }
}
