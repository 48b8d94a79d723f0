package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Registries;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentRow;
import org.vigil.store.Viewer;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/incidents.csv} and {@code /ui/incidents.geojson}: the incidents the list shows
 * for the same filters, latest first, at most {@link UiSettings#maxMarkers()} ({@code
 * ui.max-markers}); tolls keep their qualifiers ("more than 90") and are empty when unknown.
 * The GeoJSON has the located incidents only.
 */
final class IncidentExport {

  private static final String[] COLUMNS = {"id", "date", "type", "status", "background", "country", "place",
      "precision", "lat", "lon", "group", "killed", "wounded", "url"};

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;
  private final ObjectMapper json;

  IncidentExport(SharedStore store, UiSettings settings, Names names, Registries registries, ObjectMapper json) {
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
    this.json = json;
  }

  void csv(Context ctx) {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (IncidentRow r : rows(ctx)) {
      Object[] v = {r.id(), r.dateValue(), r.type(), r.status(), r.backgroundOnly(), r.countryCode(), r.place(),
          r.placePrecision(), r.lat(), r.lon(), names.group(r.groupId()), toll(r, ReviewField.KILLED),
          toll(r, ReviewField.WOUNDED), "/ui/incidents/" + r.id()};
      for (int i = 0; i < v.length; i++) {
        b.append(i == 0 ? "" : ",").append(cell(v[i]));
      }
      b.append("\r\n");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"incidents.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(b.toString());
  }

  void geoJson(Context ctx) {
    ObjectNode fc = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (IncidentRow r : rows(ctx)) {
      if (r.lat() == null || r.lon() == null) {
        continue;
      }
      ObjectNode f = features.addObject().put("type", "Feature");
      f.putObject("geometry").put("type", "Point").putArray("coordinates").add(r.lon()).add(r.lat());
      f.putObject("properties").put("id", r.id()).put("date", r.dateValue()).put("type", r.type())
          .put("status", r.status()).put("background", r.backgroundOnly()).put("country", r.countryCode())
          .put("place", r.place()).put("precision", r.placePrecision()).put("group", r.groupId() == null ? null
              : names.group(r.groupId())).put("killed", toll(r, ReviewField.KILLED))
          .put("wounded", toll(r, ReviewField.WOUNDED)).put("url", "/ui/incidents/" + r.id());
    }
    ctx.header("Content-Disposition", "attachment; filename=\"incidents.geojson\"");
    ctx.contentType("application/geo+json").result(fc.toString());
  }

  private List<IncidentRow> rows(Context ctx) {
    Filters f = Filters.of(ctx);
    Viewer viewer = UiAuth.session(ctx).user().viewer();
    return store.read(s -> s.incidents().query(viewer, f.resolve(s, registries), settings.maxMarkers(), 0));
  }

  private static @Nullable String toll(IncidentRow r, ReviewField f) {
    String t = Values.count(r, f);
    return t.equals("unknown") ? null : t;
  }

  /** A CSV cell: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
  static String cell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
      s = "'" + s;
    }
    return s.matches(".*[\",\r\n].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
