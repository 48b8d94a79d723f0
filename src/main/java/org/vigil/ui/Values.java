package org.vigil.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentRow;

/** Field values of incident records as short readable text ("at least 12", "2024-03-12"). */
final class Values {

  /** Reads stored records and audit values only; never reconfigured, so shared safely. */
  static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  /**
   * A count of the incident as its record states it, qualifier kept ("more than 90"), or
   * "unknown" when no source gives it: an unknown toll is never shown as 0.
   */
  static String count(IncidentRow row, ReviewField field) {
    return shown(field.read(record(row)));
  }

  /** A field's value in a table: "unknown" when it is not given, so that an empty cell never reads as none or 0. */
  static String shown(JsonNode v) {
    String t = text(v);
    return t.isEmpty() ? "unknown" : t;
  }

  static JsonNode record(IncidentRow row) {
    try {
      return JSON.readTree(row.recordJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the record of incident " + row.id() + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

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
