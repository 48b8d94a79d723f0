package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes incident views as a table, a JSON array, CSV (RFC 4180) or a GeoJSON FeatureCollection.
 * The table keeps each count's qualifier ("&gt;90", "24+"), says "unknown" for a count nobody
 * reported, and marks with {@value #BACKGROUND} the incidents known only from reports recalling
 * them; CSV gives the qualifiers and that flag in columns of their own.
 */
final class IncidentFormats {

  private static final List<String> CSV_COLUMNS = List.of("id", "date", "date_precision", "type",
      "status", "country", "place", "lat", "lon", "group", "killed", "wounded", "sources", "reviewed", "killed_qualifier",
      "wounded_qualifier", "background");
  /** A line of the table: the widest type (hostage_barricade) and a count such as "unknown" fit. */
  private static final String ROW = "%-7s %-10s %-17s %-3s %-24s %-32s %7s %7s %4s%n";
  /** Marks a background incident's id in the table, explained under it. */
  static final String BACKGROUND = "*";

  private IncidentFormats() {}

  static void write(PrintWriter out, IncidentsCommand.Format format, List<ObjectNode> incidents) {
    switch (format) {
      case json -> {
        ArrayNode a = ExtractionWriter.JSON.createArrayNode();
        incidents.forEach(a::add);
        out.println(a.toPrettyString());
      }
      case csv -> {
        out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        for (ObjectNode i : incidents) {
          out.print(String.join(",", cells(i).stream().map(IncidentFormats::csv).toList()) + "\r\n");
        }
      }
      case geojson -> out.println(geojson(incidents).toPrettyString());
      case table -> {
        out.printf(Locale.ROOT, ROW, "ID", "DATE", "TYPE", "CC", "PLACE", "GROUP", "KILLED", "WOUNDED", "SRC");
        long background = 0;
        for (ObjectNode i : incidents) {
          List<String> c = cells(i);
          boolean recalled = i.path("background").asBoolean();
          background += recalled ? 1 : 0;
          out.printf(Locale.ROOT, ROW, c.get(0) + (recalled ? BACKGROUND : ""), c.get(1), c.get(3), c.get(5),
              cut(c.get(6), 24), cut(c.get(9), 32), ValueText.shortCount(i.at("/casualties/killed")),
              ValueText.shortCount(i.at("/casualties/wounded")), c.get(12));
        }
        if (background > 0) {
          out.println(BACKGROUND + " background: " + background + " incident(s) known only from reports recalling them, "
              + "not news of their own");
        }
      }
    }
    out.flush();
  }

  private static List<String> cells(ObjectNode i) {
    return List.of(i.path("id").asText(), text(i, "/date/value"), text(i, "/date/precision"), text(i, "/type"),
        text(i, "/status"), text(i, "/location/countryCode"),
        text(i, "/location/city").isEmpty() ? text(i, "/location/name") : text(i, "/location/city"),
        text(i, "/location/lat"), text(i, "/location/lon"), text(i, "/perpetrators/0/group"),
        text(i, "/casualties/killed/value"), text(i, "/casualties/wounded/value"),
        String.valueOf(i.path("sources").size()), reviewed(i), text(i, "/casualties/killed/qualifier"),
        text(i, "/casualties/wounded/qualifier"), String.valueOf(i.path("background").asBoolean()));
  }

  private static ObjectNode geojson(List<ObjectNode> incidents) {
    ObjectNode fc = ExtractionWriter.JSON.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (ObjectNode i : incidents) {
      JsonNode loc = i.path("location");
      if (!loc.hasNonNull("lat") || !loc.hasNonNull("lon")) {
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", i.path("id").asLong());
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      g.putArray("coordinates").add(loc.get("lon").asDouble()).add(loc.get("lat").asDouble());
      ObjectNode props = i.deepCopy();
      props.remove("evidence");
      f.set("properties", props);
    }
    return fc;
  }

  private static String reviewed(JsonNode i) {
    List<String> fields = new java.util.ArrayList<>();
    i.path("reviewed").fieldNames().forEachRemaining(fields::add);
    return String.join(" ", fields);
  }

  static String text(JsonNode n, String pointer) {
    JsonNode v = n.at(pointer);
    return v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
