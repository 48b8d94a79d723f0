package org.vigil.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.geo.MapData;

/**
 * The map's basemap: the Natural Earth country shapes of {@link MapData} (TopoJSON) decoded to a
 * GeoJSON FeatureCollection on the server, so the browser needs no TopoJSON library. Computed
 * once per instance on first use. Thread-safe.
 */
final class CountryShapes {

  private final ObjectMapper json;
  private volatile String geoJson;

  CountryShapes(ObjectMapper json) {
    this.json = json;
  }

  /** The GeoJSON text. */
  String geoJson() {
    String g = geoJson;
    if (g == null) {
      synchronized (this) {
        if (geoJson == null) {
          geoJson = convert();
        }
        g = geoJson;
      }
    }
    return g;
  }

  private String convert() {
    JsonNode topo;
    try (InputStream in = MapData.openCountries()) {
      topo = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode t = topo.path("transform");
    double sx = t.path("scale").path(0).asDouble(1);
    double sy = t.path("scale").path(1).asDouble(1);
    double tx = t.path("translate").path(0).asDouble(0);
    double ty = t.path("translate").path(1).asDouble(0);
    boolean quantized = t.isObject();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topo.path("arcs")) {
      double[][] pts = new double[arc.size()][];
      double x = 0;
      double y = 0;
      for (int i = 0; i < arc.size(); i++) {
        if (quantized) {
          x += arc.get(i).get(0).asDouble();
          y += arc.get(i).get(1).asDouble();
          pts[i] = new double[] {round(x * sx + tx), round(y * sy + ty)};
        } else {
          pts[i] = new double[] {arc.get(i).get(0).asDouble(), arc.get(i).get(1).asDouble()};
        }
      }
      arcs.add(pts);
    }
    ObjectNode fc = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (JsonNode g : topo.path("objects").path("countries").path("geometries")) {
      ObjectNode f = features.addObject().put("type", "Feature");
      f.set("properties", g.path("properties"));
      ObjectNode geom = f.putObject("geometry").put("type", g.path("type").asText());
      ArrayNode coords = geom.putArray("coordinates");
      if (g.path("type").asText().equals("Polygon")) {
        polygon(coords, g.path("arcs"), arcs);
      } else {
        for (JsonNode p : g.path("arcs")) {
          ArrayNode poly = json.createArrayNode();
          polygon(poly, p, arcs);
          if (!wraps(poly)) {
            coords.add(poly);
          }
        }
      }
      if (coords.isEmpty() || g.path("type").asText().equals("Polygon") && wraps(coords)) {
        features.remove(features.size() - 1);
      }
    }
    return fc.toString();
  }

  private static void polygon(ArrayNode out, JsonNode rings, List<double[][]> arcs) {
    for (JsonNode ring : rings) {
      ArrayNode r = out.addArray();
      for (JsonNode idx : ring) {
        int i = idx.asInt();
        double[][] pts = arcs.get(i < 0 ? ~i : i);
        boolean first = r.isEmpty();
        for (int k = 0; k < pts.length; k++) {
          double[] p = pts[i < 0 ? pts.length - 1 - k : k];
          if (k == 0 && !first) {
            continue;
          }
          r.addArray().add(p[0]).add(p[1]);
        }
      }
    }
  }

  /**
   * True for a polygon whose outer ring spans more than {@value #MAX_SPAN} degrees of longitude:
   * one that crosses the antimeridian (or circles the pole) and that a flat map would draw as a
   * band across the world. Such pieces (Antarctica, the far east of Russia, parts of Fiji) are left out.
   */
  private static boolean wraps(ArrayNode polygon) {
    if (polygon.isEmpty()) {
      return true;
    }
    double min = 180;
    double max = -180;
    for (JsonNode p : polygon.get(0)) {
      min = Math.min(min, p.get(0).asDouble());
      max = Math.max(max, p.get(0).asDouble());
    }
    return max - min > MAX_SPAN;
  }

  private static final double MAX_SPAN = 300;

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
