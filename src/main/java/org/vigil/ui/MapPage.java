package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.vigil.extract.IncidentType;
import org.vigil.registry.Registries;
import org.vigil.store.Aggregates;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Viewer;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/map}: the filter form and the map; {@code GET /ui/map/data}: the markers for
 * the filters as JSON, deadliest first and at most {@link UiSettings#maxMarkers()} (with the
 * total that matched); {@code GET /ui/map/countries}: the GeoJSON basemap.
 */
final class MapPage {

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;
  private final ObjectMapper json;
  private final CountryShapes shapes;
  private final AggregateCache cache;

  MapPage(SharedStore store, UiSettings settings, Names names, Registries registries, ObjectMapper json,
      AggregateCache cache) {
    this.cache = cache;
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
    this.json = json;
    this.shapes = new CountryShapes(json);
  }

  void show(Context ctx) {
    Filters f = Filters.of(ctx);
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    String body = cache.get(viewer + " map:" + f, () -> store.read(s -> {
      Aggregates.Overview overview = FilterForm.overview(s, viewer);
      List<String> range = overview.dateRange();
      StringBuilder h = new StringBuilder("<h1>Map</h1><form class=\"filters\" id=\"map-filters\" method=\"get\" "
          + "action=\"/ui/map\">").append(FilterForm.fields(names, f, overview));
      String min = range.isEmpty() ? "2000-01-01" : range.get(0);
      String max = range.isEmpty() ? "2030-12-31" : range.get(1);
      h.append("<label>Time range (months from the first incident)<input type=\"range\" id=\"f-slider\" min=\"0\" "
              + "step=\"1\" data-min=\"").append(Html.esc(min)).append("\" data-max=\"").append(Html.esc(max))
          .append("\" aria-describedby=\"slider-value\"><output id=\"slider-value\"></output></label>")
          .append("<button type=\"submit\">Apply</button> <a href=\"/ui/map\">Clear</a></form>")
          .append("<p><span id=\"map-status\" role=\"status\" aria-live=\"polite\"></span> <a id=\"list-link\" "
              + "href=\"/ui/incidents\">List these incidents</a> (keyboard and screen-reader friendly)</p>")
          .append("<div id=\"map\" role=\"region\" aria-label=\"Map of incidents\"></div>");
      return legend(h).toString();
    }));
    ctx.html(Layout.page("Map", "Map", session.user(), session.csrf(),
        Layout.style("/webjars/leaflet/1.9.4/dist/leaflet.css")
            + Layout.style("/webjars/leaflet-markercluster/1.4.1/MarkerCluster.css")
            + Layout.script("/webjars/leaflet/1.9.4/dist/leaflet.js")
            + Layout.script("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")
            + Layout.script("/ui/static/types.js") + Layout.script("/ui/static/map.js"), body));
  }

  /** What the colours, sizes and outlines of the markers and clusters mean. */
  private static StringBuilder legend(StringBuilder h) {
    h.append("<section aria-labelledby=\"legend-title\"><h2 id=\"legend-title\">Legend</h2><ul class=\"legend-list\" "
        + "id=\"map-legend\">");
    Arrays.stream(IncidentType.values()).forEach(t -> h.append("<li><span class=\"swatch t-").append(t.label())
        .append("\"></span>").append(t.label().replace('_', ' ')).append("</li>"));
    return h.append("<li><span class=\"swatch dashed\"></span>toll unknown</li></ul><p class=\"muted\">A marker's size "
        + "grows with the known dead. A numbered circle is a cluster of nearby incidents, coloured by its most frequent "
        + "type; zoom in or press Enter on it to open it. Markers are reachable with Tab; Enter opens a card.</p></section>");
  }

  void data(Context ctx) {
    Filters f = Filters.of(ctx);
    Viewer viewer = UiAuth.session(ctx).user().viewer();
    String out = cache.get(viewer + " points:" + f, () -> store.read(s -> {
      IncidentFilter filter = f.resolve(s, registries);
      ObjectNode o = json.createObjectNode();
      o.put("total", s.aggregates().count(viewer, filter));
      List<Aggregates.Point> points = s.aggregates().points(viewer, filter, settings.maxMarkers());
      o.put("limit", settings.maxMarkers());
      ArrayNode a = o.putArray("points");
      for (Aggregates.Point p : points) {
        a.addObject().put("id", p.id()).put("lat", p.lat()).put("lon", p.lon()).put("type", p.type())
            .put("killed", p.killed()).put("date", p.date()).put("place", p.place())
            .put("group", p.groupId() == null ? null : names.group(p.groupId()));
      }
      return o.toString();
    }));
    ctx.contentType("application/json").result(out);
  }

  void countries(Context ctx) {
    ctx.header("Cache-Control", "private, max-age=86400");
    ctx.contentType("application/geo+json").result(shapes.geoJson());
  }
}
