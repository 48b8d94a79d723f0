package org.vigil.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.extract.Claim;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Qualifier;
import org.vigil.extract.Status;

/**
 * The incident fields an analyst can review, each with its place in the incident JSON (the
 * {@code vigil extract} field names) and a parser for analysts' values.
 */
public enum ReviewField {
  TYPE("type", "type", "one of " + labels(IncidentType.values())),
  STATUS("status", "status", "one of " + labels(Status.values())),
  CLAIM("claim", "claim", "one of " + labels(Claim.values())),
  DATE("date", "date", "a date YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD"),
  COUNTRY("country", "location.countryCode", "an ISO 3166-1 alpha-2 country code such as IQ"),
  PLACE("place", "location.name", "a place name"),
  GROUP("group", "perpetrators", "a group name"),
  KILLED("killed", "casualties.killed", "a count such as 12 or at_least:12"),
  WOUNDED("wounded", "casualties.wounded", "a count such as 12 or at_least:12"),
  ARRESTED("arrested", "casualties.arrested", "a count such as 12 or at_least:12"),
  KIDNAPPED("kidnapped", "casualties.kidnapped", "a count such as 12 or at_least:12");

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final String label;
  private final String path;
  private final String expected;

  ReviewField(String label, String path, String expected) {
    this.label = label;
    this.path = path;
    this.expected = expected;
  }

  /** The name on the command line and in {@code reviewed}. */
  public String label() {
    return label;
  }

  /** Dotted path into the incident JSON. */
  public String path() {
    return path;
  }

  public static Optional<ReviewField> fromLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }

  /** The labels, for messages. */
  public static String labels() {
    return Arrays.stream(values()).map(ReviewField::label).collect(Collectors.joining(", "));
  }

  /** Whether "reject" can leave the field empty (type and status cannot be empty). */
  public boolean rejectable() {
    return this != TYPE && this != STATUS;
  }

  /**
   * An analyst's value as JSON.
   *
   * @throws IllegalArgumentException naming the field, the value and what was expected
   */
  public JsonNode parse(String value) {
    String v = value.strip();
    Optional<JsonNode> parsed = switch (this) {
      case TYPE -> IncidentType.fromLabel(v.toLowerCase(Locale.ROOT)).map(t -> F.textNode(t.label()));
      case STATUS -> Status.fromLabel(v.toLowerCase(Locale.ROOT)).map(t -> F.textNode(t.label()));
      case CLAIM -> Claim.fromLabel(v.toLowerCase(Locale.ROOT)).map(t -> F.textNode(t.label()));
      case DATE -> date(v);
      case COUNTRY -> v.matches("[A-Za-z]{2}") ? Optional.of(F.textNode(v.toUpperCase(Locale.ROOT))) : Optional.empty();
      case PLACE, GROUP -> v.isEmpty() ? Optional.empty() : Optional.of(F.textNode(v));
      case KILLED, WOUNDED, ARRESTED, KIDNAPPED -> count(v);
    };
    return parsed.orElseThrow(() -> new IllegalArgumentException(
        "value '" + value + "' for " + label + " is not " + expected));
  }

  /** Writes {@code value} (from {@link #parse}, or null to empty it) into the incident. */
  public void write(ObjectNode incident, JsonNode value) {
    switch (this) {
      case GROUP -> {
        var list = F.arrayNode();
        if (!value.isNull()) {
          ObjectNode p = F.objectNode();
          p.set("group", value);
          p.set("mention", value);
          p.putNull("individuals");
          p.putNull("count");
          list.add(p);
        }
        incident.set("perpetrators", list);
      }
      case COUNTRY, PLACE -> {
        JsonNode loc = incident.get("location");
        if (loc == null || !loc.isObject()) {
          if (value.isNull()) {
            return;
          }
          ObjectNode l = F.objectNode();
          l.put("name", value.asText());
          l.put("precision", this == COUNTRY ? "country" : "city");
          l.put("relation", "in");
          incident.set("location", l);
          loc = l;
        }
        ((ObjectNode) loc).set(path.substring("location.".length()), value);
      }
      case KILLED, WOUNDED, ARRESTED, KIDNAPPED -> {
        JsonNode c = incident.get("casualties");
        ObjectNode cas = c != null && c.isObject() ? (ObjectNode) c : incident.putObject("casualties");
        cas.set(path.substring("casualties.".length()), value);
      }
      default -> incident.set(path, value.isNull() ? NullNode.getInstance() : value);
    }
  }

  /** The current value of the field in the incident (JSON null when empty). */
  public JsonNode read(JsonNode incident) {
    JsonNode n = incident;
    for (String part : path.split("\\.")) {
      n = n == null || n.isNull() ? null : n.get(part);
    }
    if (this == GROUP) {
      JsonNode first = n == null || n.isEmpty() ? null : n.get(0).get("group");
      return first == null ? NullNode.getInstance() : first;
    }
    return n == null ? NullNode.getInstance() : n;
  }

  private static Optional<JsonNode> date(String v) {
    try {
      if (v.matches("\\d{4}")) {
        return Optional.of(dateNode(v, "year"));
      } else if (v.matches("\\d{4}-\\d{2}")) {
        return Optional.of(dateNode(YearMonth.parse(v).toString(), "month"));
      } else if (v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate first = LocalDate.parse(v.substring(0, 10));
        LocalDate last = LocalDate.parse(v.substring(11));
        return last.isAfter(first) ? Optional.of(dateNode(first + "/" + last, "range")) : Optional.empty();
      } else {
        return Optional.of(dateNode(LocalDate.parse(v).toString(), "day"));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode dateNode(String value, String precision) {
    ObjectNode d = F.objectNode();
    d.put("value", value);
    d.put("precision", precision);
    d.putNull("text");
    return d;
  }

  private static Optional<JsonNode> count(String v) {
    String q = "exact";
    String n = v;
    int colon = v.indexOf(':');
    if (colon > 0) {
      q = v.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      n = v.substring(colon + 1).strip();
    }
    if (!n.matches("\\d{1,7}") || Qualifier.fromLabel(q).isEmpty()) {
      return Optional.empty();
    }
    ObjectNode c = F.objectNode();
    c.put("value", Integer.parseInt(n));
    c.put("qualifier", q);
    return Optional.of(c);
  }

  private static String labels(Enum<?>[] values) {
    return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
