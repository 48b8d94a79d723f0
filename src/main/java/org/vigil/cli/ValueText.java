package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values of incident records as people read them on a terminal: a casualty count keeps its
 * qualifier ("more than 90", or "&gt;90" in a table column) and an unknown one says so, never
 * a blank or 0 that reads as "nobody".
 */
final class ValueText {

  /** What a count nobody reported is shown as. */
  static final String UNKNOWN = "unknown";

  private ValueText() {}

  /** "19", "at least 19", "more than 90", "about 40", "up to 50"; {@value #UNKNOWN} when absent. */
  static String count(JsonNode c) {
    if (absent(c)) {
      return UNKNOWN;
    }
    String q = c.path("qualifier").asText("exact");
    return (q.equals("exact") ? "" : q.replace('_', ' ').toLowerCase(Locale.ROOT) + " ") + c.path("value").asText();
  }

  /** The count for a narrow column: "19", "19+" (at least), "&gt;90", "~40", "&lt;=50"; {@value #UNKNOWN} when absent. */
  static String shortCount(JsonNode c) {
    if (absent(c)) {
      return UNKNOWN;
    }
    String n = c.path("value").asText();
    return switch (c.path("qualifier").asText("exact")) {
      case "at_least" -> n + "+";
      case "more_than" -> ">" + n;
      case "about" -> "~" + n;
      case "up_to" -> "<=" + n;
      default -> n;
    };
  }

  /** Any field's value in words: counts as {@link #count}, a group by its name, lists joined; "none" when absent. */
  static String of(JsonNode v) {
    if (absent(v)) {
      return "none";
    }
    if (v.isObject() && v.has("value") && v.has("qualifier")) {
      return count(v);
    }
    if (v.isObject() && v.has("value")) {
      return v.path("value").asText();
    }
    if (v.isObject() && v.has("group")) {
      return v.path("group").asText();
    }
    if (v.isObject() && v.has("name")) {
      return v.path("name").asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(of(e)));
      return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
    return v.isValueNode() ? v.asText().replace('_', ' ') : v.toString();
  }

  private static boolean absent(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }
}
