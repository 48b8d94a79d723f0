package org.vigil.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.vigil.store.AuditEntry;

/**
 * The review history of an incident as sentences with dates to the minute ("analyst corrected
 * killed to at least 42 · 6 Dec 2026, 06:34 UTC"), from the audit log's lines
 * ({@code FIELD ACTION [JSON value]}, as {@link org.vigil.merge.Reviewing} writes them).
 */
final class ReviewHistory {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private ReviewHistory() {}

  static String html(List<AuditEntry> history) {
    if (history.isEmpty()) {
      return "<p class=\"empty\">No reviews yet.</p>";
    }
    StringBuilder h = new StringBuilder("<ol id=\"history\">");
    history.forEach(e -> h.append("<li>").append(Html.esc(sentence(e))).append(" · <time datetime=\"")
        .append(Html.esc(e.at())).append("\">").append(Html.esc(when(e.at()))).append("</time></li>"));
    return h.append("</ol>").toString();
  }

  static String sentence(AuditEntry e) {
    String detail = e.detail() == null ? "" : e.detail();
    String[] parts = detail.split(" ", 3);
    if (parts.length < 2 || !e.action().endsWith(".review")) {
      return e.userName() + ": " + detail;
    }
    String field = parts[0];
    String value = parts.length == 3 ? value(parts[2]) : "";
    return e.userName() + switch (parts[1]) {
      case "set" -> " corrected " + field + " to " + value;
      case "confirm" -> " confirmed " + field + (value.isEmpty() ? "" : " as " + value);
      case "reject" -> " rejected " + field + ", leaving it empty";
      default -> ": " + detail;
    };
  }

  private static String value(String json) {
    try {
      return Values.text(Values.JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  static String when(String at) {
    try {
      return WHEN.format(Instant.parse(at));
    } catch (DateTimeParseException e) {
      return at;
    }
  }
}
