package org.vigil.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Vigil makes on every object it imports, schemas or not: a STIX type and an id of
 * that type; {@code spec_version} 2.1; for the STIX domain and relationship objects the common
 * properties, with {@code modified} not before {@code created}; timestamps in STIX form;
 * every {@code *_ref} / {@code *_refs} property holding ids; {@code created_by_ref} an identity
 * and {@code object_marking_refs} marking definitions. Thread-safe.
 */
public final class CoreChecks implements ObjectChecker {

  /** Types that must carry spec_version, created and modified. */
  static final Set<String> VERSIONED = Set.of("attack-pattern", "campaign", "course-of-action", "grouping",
      "identity", "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware",
      "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool",
      "vulnerability", "relationship", "sighting", "extension-definition", "language-content");

  private static final Pattern ID = Pattern.compile(
      "[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  @Override
  public List<String> problems(ObjectNode o) {
    List<String> out = new ArrayList<>();
    try {
      StixObject.of(o);
    } catch (IllegalArgumentException e) {
      out.add(e.getMessage());
      return out;
    }
    String type = o.get("type").asText();
    if (!ID.matcher(o.get("id").asText()).matches()) {
      out.add("id '" + o.get("id").asText() + "' is not of the form type--UUID (version 1 to 5)");
    }
    JsonNode spec = o.get("spec_version");
    if (spec != null && !"2.1".equals(spec.asText())) {
      out.add("spec_version is '" + spec.asText() + "', expected 2.1");
    }
    boolean versioned = VERSIONED.contains(type);
    if ((versioned || type.equals("marking-definition")) && spec == null) {
      out.add("no \"spec_version\" (required for " + type + ")");
    }
    Optional<Instant> created = time(o, "created", versioned || type.equals("marking-definition"), out);
    Optional<Instant> modified = time(o, "modified", versioned, out);
    if (created.isPresent() && modified.isPresent() && modified.get().isBefore(created.get())) {
      out.add("modified " + o.get("modified").asText() + " is before created " + o.get("created").asText());
    }
    refs(o, "", out);
    typed(o, "created_by_ref", "identity", out);
    typed(o, "object_marking_refs", "marking-definition", out);
    return out;
  }

  private static Optional<Instant> time(ObjectNode o, String property, boolean required, List<String> out) {
    JsonNode v = o.get(property);
    if (v == null) {
      if (required) {
        out.add("no \"" + property + "\" (required for " + o.get("type").asText() + ")");
      }
      return Optional.empty();
    }
    Optional<Instant> t = v.isTextual() ? StixTime.parse(v.asText()) : Optional.empty();
    if (t.isEmpty()) {
      out.add(property + " '" + v.asText() + "' is not a STIX timestamp (e.g. 2024-04-20T08:15:00.000Z)");
    }
    return t;
  }

  /** *_ref holds an id, *_refs a list of ids, at any depth. */
  private static void refs(JsonNode node, String path, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refs(node.get(i), path + "[" + i + "]", out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      String where = path.isEmpty() ? name : path + "." + name;
      if (name.endsWith("_ref") && !isId(e.getValue())) {
        out.add(where + " '" + e.getValue().asText() + "' is not an id of the form type--UUID");
      } else if (name.endsWith("_refs")) {
        if (!e.getValue().isArray()) {
          out.add(where + " is not a list of ids");
        } else {
          for (JsonNode r : e.getValue()) {
            if (!isId(r)) {
              out.add(where + " holds '" + r.asText() + "', not an id of the form type--UUID");
            }
          }
        }
      } else {
        refs(e.getValue(), where, out);
      }
    }
  }

  /** A reference property that must point at objects of one type. */
  private static void typed(ObjectNode o, String property, String type, List<String> out) {
    JsonNode v = o.get(property);
    if (v == null) {
      return;
    }
    for (JsonNode r : v.isArray() ? v : List.of(v)) {
      if (isId(r) && !r.asText().startsWith(type + "--")) {
        out.add(property + " holds '" + r.asText() + "', expected a " + type + " id");
      }
    }
  }

  private static boolean isId(JsonNode v) {
    return v.isTextual() && ID.matcher(v.asText()).matches();
  }
}
