package org.vigil.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One STIX object as JSON, kept whole: properties Vigil does not know (custom properties,
 * other producers' extensions, unknown object types) survive import and export unchanged.
 * Immutable: the JSON is copied in and out (but see {@link #ofOwned}). Equal when their JSON is.
 * The JSON has a {@code type} and an {@code id} of the form {@code type--UUID}.
 */
public final class StixObject {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{1,248}[a-z0-9]");

  private final ObjectNode json;

  private StixObject(ObjectNode json) {
    this.json = json;
    String type = text(json, "type");
    requireType(type);
    String id = text(json, "id");
    if (!id.startsWith(type + "--")) {
      throw new IllegalArgumentException("id '" + id + "' does not start with its type '" + type + "--'");
    }
    String uuid = id.substring(type.length() + 2);
    if (!isUuid(uuid)) {
      throw new IllegalArgumentException("id '" + id + "' does not end in a UUID");
    }
  }

  /** The object for this JSON. @throws IllegalArgumentException naming what is missing or malformed */
  public static StixObject of(ObjectNode json) {
    return new StixObject(json.deepCopy());
  }

  /**
   * The object for this JSON without copying it: for JSON just made or copied that the caller
   * hands over and neither changes nor passes on afterwards (a change would change the object).
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static StixObject ofOwned(ObjectNode json) {
    return new StixObject(json);
  }

  /** The object as JSON: a copy, free to change. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The object's own JSON, not copied: only to be read, within this package. */
  ObjectNode node() {
    return json;
  }

  /** The object as JSON text. */
  public String toJson() {
    return json.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StixObject s && s.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "StixObject[json=" + json + "]";
  }

  /** The STIX type, e.g. {@code incident}. */
  public String type() {
    return json.get("type").asText();
  }

  /** The id, {@code type--UUID}. */
  public String id() {
    return json.get("id").asText();
  }

  /** A top-level property, if present. The node is a copy. */
  public Optional<JsonNode> get(String property) {
    JsonNode v = json.get(property);
    return v == null ? Optional.empty() : Optional.of(v.deepCopy());
  }

  /** A top-level string property, if present and a string. */
  public Optional<String> text(String property) {
    JsonNode v = json.get(property);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** {@code modified}, or {@code created} for objects that are never versioned (markings). */
  public Optional<String> version() {
    return text("modified").or(() -> text("created"));
  }

  /** The marking-definition ids in {@code object_marking_refs}. */
  public List<String> markingRefs() {
    List<String> out = new ArrayList<>();
    JsonNode refs = json.get("object_marking_refs");
    if (refs != null && refs.isArray()) {
      refs.forEach(r -> out.add(r.asText()));
    }
    return out;
  }

  /** The most restricted TLP level among the object's markings, if it carries one. */
  public Optional<Tlp> tlp() {
    return markingRefs().stream().map(Tlp::fromMarkingId).flatMap(Optional::stream)
        .max(Enum::compareTo);
  }

  private static boolean isUuid(String s) {
    try {
      return UUID.fromString(s).toString().equalsIgnoreCase(s);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static void requireType(String type) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("type '" + type
          + "' is not a STIX type name (3 to 250 of a-z, 0-9 and '-', starting with a letter)");
    }
  }

  private static String text(ObjectNode json, String property) {
    JsonNode v = json.get(property);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("no string \"" + property + "\" property");
    }
    return v.asText();
  }
}
