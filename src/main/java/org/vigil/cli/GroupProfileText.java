package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** The readable form of a group profile built by {@link GroupCommand}. */
final class GroupProfileText {

  private GroupProfileText() {}

  static void print(PrintWriter out, JsonNode p) {
    out.println(p.get("name").asText() + " (" + p.get("id").asText() + ")");
    if (!p.path("parent").isNull()) {
      out.println("  parent: " + p.get("parent").asText());
    }
    if (!p.path("mergedGroups").isEmpty()) {
      out.println("  merged groups: " + join(p.get("mergedGroups")));
    }
    out.println("  registry aliases: " + join(p.get("registryAliases")));
    out.println("  names used in reports:");
    for (JsonNode a : p.get("aliasesInReports")) {
      out.println("    " + a.get("alias").asText() + ": " + a.get("reports").asInt() + " report(s), e.g. "
          + join(a.get("examples")));
    }
    out.println("  incidents by year and type:");
    for (JsonNode y : p.get("incidentsByYearAndType")) {
      out.println("    " + (y.path("year").isNull() ? "undated" : y.get("year").asText()) + " "
          + y.get("type").asText() + ": " + y.get("incidents").asLong());
    }
    out.println("  killed: at least " + p.get("killed").asLong() + ", wounded: at least " + p.get("wounded").asLong()
        + " (sums of the figures reported, background incidents included; unknown counts add nothing)");
    StringBuilder countries = new StringBuilder();
    p.get("countries").fields().forEachRemaining(e -> countries.append(countries.length() == 0 ? "" : ", ")
        .append(e.getKey()).append(' ').append(e.getValue().asLong()));
    out.println("  countries: " + countries);
    out.println("  latest incidents:");
    for (JsonNode i : p.get("latestIncidents")) {
      out.println("    #" + i.get("id").asLong() + " " + IncidentFormats.text(i, "/date/value") + " "
          + i.get("type").asText() + " " + (IncidentFormats.text(i, "/location/city").isEmpty()
          ? IncidentFormats.text(i, "/location/name") : IncidentFormats.text(i, "/location/city")) + " "
          + IncidentFormats.text(i, "/location/countryCode") + ", killed " + ValueText.count(i.at("/casualties/killed"))
          + (i.path("background").asBoolean() ? " (background)" : ""));
    }
    for (JsonNode h : p.get("history")) {
      out.println("  history: " + h.asText());
    }
  }

  private static String join(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    array.forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.asText()));
    return sb.toString();
  }
}
