package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The objects made from one extraction, each once, in the order made; with what every new
 * object needs (ids, the time stamp, the producer, the marking). Not thread-safe: one per
 * extraction.
 */
final class Batch {

  private final StixIds ids;
  private final String timestamp;
  private final String producer;
  private final Tlp marking;
  private final Map<String, StixObject> objects = new LinkedHashMap<>();

  Batch(StixIds ids, String timestamp, String producer, Tlp marking) {
    this.ids = ids;
    this.timestamp = timestamp;
    this.producer = producer;
    this.marking = marking;
  }

  String id(String type, String naturalKey) {
    return ids.idFor(type, naturalKey);
  }

  String timestamp() {
    return timestamp;
  }

  /** A new object of this type and id with the common properties filled in. */
  ObjectNode start(String type, String id) {
    return Sdo.base(type, id, timestamp, producer, marking);
  }

  boolean has(String id) {
    return objects.containsKey(id);
  }

  /** Adds the object unless one with its id is there already; returns its id. */
  String add(ObjectNode o) {
    StixObject s = StixObject.of(o);
    objects.putIfAbsent(s.id(), s);
    return s.id();
  }

  /** A relationship, made once per (type, source, target). */
  String relate(String relationshipType, String source, String target, @Nullable String claim) {
    String id = id("relationship", relationshipType + "|" + source + "|" + target);
    if (!has(id)) {
      ObjectNode r = start("relationship", id);
      r.put("relationship_type", relationshipType);
      r.put("source_ref", source);
      r.put("target_ref", target);
      if (claim != null) {
        Sdo.vigil(r).put("claim", claim);
      }
      add(r);
    }
    return id;
  }

  List<StixObject> objects() {
    return new ArrayList<>(objects.values());
  }
}
