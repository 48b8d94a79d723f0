package org.vigil.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.stix.StixObject;
import org.vigil.stix.StixTime;
import org.vigil.stix.VigilExtension;

/**
 * The objects of one import as a graph: the latest version of each id, the relationships from
 * each object, and the reports that list each object. An id the import does not hold is looked
 * up elsewhere (the collection the objects were posted to), at most once. Not thread-safe.
 */
final class StixGraph {

  private final Map<String, StixObject> byId = new LinkedHashMap<>();
  private final Map<String, List<StixObject>> from = new HashMap<>();
  private final Map<String, List<StixObject>> citedBy = new HashMap<>();
  private final Function<String, Optional<StixObject>> lookup;
  private final Map<String, Optional<StixObject>> looked = new HashMap<>();

  StixGraph(List<StixObject> objects, Function<String, Optional<StixObject>> lookup) {
    this.lookup = lookup;
    for (StixObject o : objects) {
      StixObject before = byId.get(o.id());
      if (before == null || instant(o).compareTo(instant(before)) > 0) {
        byId.put(o.id(), o);
      }
    }
    for (StixObject o : byId.values()) {
      if (o.type().equals("relationship")) {
        o.text("source_ref").ifPresent(s -> from.computeIfAbsent(s, k -> new ArrayList<>()).add(o));
      } else if (o.type().equals("report")) {
        o.get("object_refs").ifPresent(refs -> refs.forEach(r ->
            citedBy.computeIfAbsent(r.asText(), k -> new ArrayList<>()).add(o)));
      }
    }
  }

  /** The incidents of the import, in its order. */
  List<StixObject> incidents() {
    return byId.values().stream().filter(o -> o.type().equals("incident")).toList();
  }

  Optional<StixObject> get(String id) {
    StixObject o = byId.get(id);
    return o != null ? Optional.of(o) : looked.computeIfAbsent(id, lookup);
  }

  /** The targets of the relationships of a type from {@code id}, resolved. */
  List<StixObject> related(String id, String relationshipType) {
    List<StixObject> out = new ArrayList<>();
    for (StixObject r : from.getOrDefault(id, List.of())) {
      if (r.text("relationship_type").orElse("").equals(relationshipType)) {
        r.text("target_ref").flatMap(this::get).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The reports an incident derives from or that list it, each once. */
  List<StixObject> reportsOf(String id) {
    Map<String, StixObject> out = new LinkedHashMap<>();
    related(id, "derived-from").stream().filter(o -> o.type().equals("report")).forEach(o -> out.put(o.id(), o));
    citedBy.getOrDefault(id, List.of()).forEach(o -> out.putIfAbsent(o.id(), o));
    return List.copyOf(out.values());
  }

  /** The Vigil extension of an object, or an empty node. */
  static JsonNode vigil(StixObject o) {
    return o.get("extensions").map(e -> e.path(VigilExtension.ID)).orElse(MissingNode.getInstance());
  }

  private static Instant instant(StixObject o) {
    return o.version().flatMap(StixTime::parse).orElse(Instant.EPOCH);
  }
}
