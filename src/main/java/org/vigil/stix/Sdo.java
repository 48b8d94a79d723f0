package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** The common properties every object Vigil makes carries, and small JSON helpers. */
final class Sdo {

  private Sdo() {}

  /**
   * A new object with type, spec_version, id, created = modified = {@code timestamp},
   * created_by_ref (when given) and one TLP marking.
   */
  static ObjectNode base(String type, String id, String timestamp, @Nullable String createdBy, Tlp marking) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    o.put("created", timestamp);
    o.put("modified", timestamp);
    if (createdBy != null) {
      o.put("created_by_ref", createdBy);
    }
    o.putArray("object_marking_refs").add(marking.markingId());
    return o;
  }

  /**
   * The Vigil extension of the object ({@link VigilExtension}), added when missing: where
   * Vigil's own properties go instead of custom {@code x_vigil_*} ones, so that the object is
   * valid under the interoperability profile and python-stix2 reads it without
   * {@code allow_custom}.
   */
  static ObjectNode vigil(ObjectNode o) {
    ObjectNode exts = o.has("extensions") ? (ObjectNode) o.get("extensions") : o.putObject("extensions");
    if (!exts.has(VigilExtension.ID)) {
      exts.putObject(VigilExtension.ID).put("extension_type", "property-extension");
    }
    return (ObjectNode) exts.get(VigilExtension.ID);
  }

  /** Puts the property only when the value is there and not blank (STIX has no nulls). */
  static void putText(ObjectNode o, String property, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      o.put(property, value);
    }
  }

  /** Puts the list only when it is not empty (STIX lists have at least one item). */
  static void putList(ObjectNode o, String property, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(property);
      values.forEach(a::add);
    }
  }
}
