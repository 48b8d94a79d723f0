package org.vigil.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Field values of incident records as short readable text ("at least 12", "2024-03-12"). */
final class Values {

  private Values() {}

  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isObject() && v.has("value") && v.has("qualifier")) {
      String q = v.path("qualifier").asText("exact");
      String n = v.path("value").asText();
      return q.equals("exact") ? n : q.replace('_', ' ').toLowerCase(Locale.ROOT) + " " + n;
    }
    if (v.isObject() && v.has("value")) {
      return v.path("value").asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(text(e)));
      return String.join(", ", parts);
    }
    if (v.isObject() && v.has("group")) {
      return v.path("group").asText();
    }
    return v.isValueNode() ? v.asText().replace('_', ' ') : v.toString();
  }

  /** The value as a review form takes it back: counts as {@code qualifier:n} ("at_least:12"), else {@link #text}. */
  static String input(JsonNode v) {
    if (v != null && v.isObject() && v.has("value") && v.has("qualifier")) {
      String q = v.path("qualifier").asText("exact");
      return q.equals("exact") ? v.path("value").asText() : q + ":" + v.path("value").asText();
    }
    if (v != null && v.isTextual()) {
      return v.asText();
    }
    return text(v);
  }
}
