package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vigil incident show} for people: the incident's fields, each casualty figure with its
 * history and the rule that chose it, every source with why it was merged, in words, the
 * related incidents, the incidents merged into it and the reviews. Reads the detail view
 * ({@link org.vigil.query.IncidentViews#detail}); {@code --format json} prints that view itself.
 */
final class IncidentText {

  private IncidentText() {}

  static void print(PrintWriter out, JsonNode i) {
    out.println("incident " + i.path("id").asLong() + ": " + text(i, "/type").replace('_', ' ') + ", "
        + date(i.path("date")) + ", " + place(i.path("location")));
    List<String> facts = new ArrayList<>(List.of("status " + text(i, "/status"), "claim " + text(i, "/claim")));
    for (JsonNode p : i.path("perpetrators")) {
      if (p.hasNonNull("group")) {
        facts.add("group " + p.get("group").asText() + (p.hasNonNull("groupAsReported")
            ? " (reported as " + p.get("groupAsReported").asText() + ", merged by an analyst)" : ""));
      }
    }
    if (i.path("background").asBoolean()) {
      facts.add("background: known only from reports recalling it, not news of its own");
    }
    out.println("  " + String.join(" · ", facts));
    i.path("tolls").fields().forEachRemaining(t -> toll(out, t.getKey(), i.at("/casualties/" + t.getKey()), t.getValue()));
    out.println("sources:");
    for (JsonNode s : i.path("sources")) {
      String what = s.hasNonNull("report") ? s.get("report").asText() + " (" + or(s, "outlet", "no outlet") + ", "
          + or(s, "published", "no date") + ")" : s.path("dataset").asText() + " record " + s.path("record").asText();
      String notes = (s.path("background").asBoolean() ? " recalls it;" : "")
          + (s.path("countsForCasualties").asBoolean() ? "" : " does not count for casualty figures;");
      out.println("  #" + s.path("source").asLong() + " " + what + ":" + notes + " " + s.path("merge").asText());
    }
    if (!i.path("related").isEmpty()) {
      out.println("related incidents (linked, not merged):");
      for (JsonNode r : i.path("related")) {
        String arrow = r.path("direction").asText().equals("to") ? "this " + kind(r) + " incident " : "incident ";
        out.println("  " + (r.path("direction").asText().equals("to") ? arrow + r.path("incident").asLong()
            : "incident " + r.path("incident").asLong() + " " + kind(r) + " this one") + " (" + r.path("summary").asText()
            + ")" + (r.hasNonNull("report") ? ", as report " + r.get("report").asText() + " says: \""
            + r.path("evidence").asText() + "\"" : ""));
      }
    }
    if (!i.path("mergedFrom").isEmpty()) {
      out.println("incidents merged into this one:");
      i.path("mergedFrom").forEach(m -> out.println("  incident " + m.path("incident").asLong() + " (" + m.path("at").asText()
          + "): " + m.path("reason").asText()));
    }
    List<String> reviews = new ArrayList<>();
    i.path("reviewed").fields().forEachRemaining(r -> reviews.add(r.getKey() + " " + r.getValue().asText()));
    out.println("reviewed: " + (reviews.isEmpty() ? "nothing yet" : String.join(", ", reviews)));
    out.flush();
  }

  private static String kind(JsonNode r) {
    return switch (r.path("kind").asText()) {
      case "response_to" -> "answers";
      case "prevented" -> "stopped";
      default -> r.path("kind").asText();
    };
  }

  private static void toll(PrintWriter out, String field, JsonNode chosen, JsonNode toll) {
    if (toll.path("history").isEmpty() && (chosen.isMissingNode() || chosen.isNull())) {
      if (field.equals("killed") || field.equals("wounded")) {
        out.println(field + ": " + ValueText.UNKNOWN + " (no report gives a figure)");
      }
      return;
    }
    out.println(field + ": " + ValueText.count(chosen)
        + (toll.hasNonNull("rule") ? " (" + toll.get("rule").asText() + ")" : ""));
    for (JsonNode e : toll.path("history")) {
      String who = e.hasNonNull("report") ? e.get("report").asText() : e.path("dataset").asText() + " record "
          + e.path("record").asText();
      out.println("  " + or(e, "published", "undated   ") + "  " + (e.path("increase").asBoolean() ? "+" : " ")
          + ValueText.count(e) + "  " + who + (e.path("chosen").asBoolean() ? "  <- chosen" : "")
          + (e.path("countsForCasualties").asBoolean() ? "" : "  (does not count)"));
    }
  }

  private static String date(JsonNode d) {
    if (d.isMissingNode() || d.isNull()) {
      return "undated";
    }
    return d.path("value").asText() + (d.hasNonNull("text") ? " (\"" + d.get("text").asText() + "\")"
        : " (the report's date)");
  }

  private static String place(JsonNode l) {
    if (l.isMissingNode() || l.isNull()) {
      return "place unknown";
    }
    String name = l.path("name").asText();
    String country = l.path("country").asText("");
    return name + (country.isEmpty() || country.equals(name) ? "" : ", " + country);
  }

  private static String text(JsonNode n, String pointer) {
    return IncidentFormats.text(n, pointer);
  }

  private static String or(JsonNode n, String field, String otherwise) {
    return n.hasNonNull(field) ? n.get(field).asText() : otherwise;
  }
}
