package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One object per id among objects mapped one incident at a time. A {@code report} that several
 * incidents cite is mapped once per incident, each listing that incident's objects: the copies
 * become one report listing them all (else one export would hold two contents for one version,
 * and every export would count as a change). For other types the first copy stands; they are
 * the same whichever incident made them. Stateless.
 */
public final class SameIds {

  private SameIds() {}

  /** The objects, each id once, in the order of first appearance. */
  public static List<StixObject> merge(List<StixObject> objects) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    for (StixObject o : objects) {
      ObjectNode first = byId.get(o.id());
      if (first == null) {
        byId.put(o.id(), o.json());
      } else if (o.type().equals("report")) {
        Set<String> refs = new LinkedHashSet<>();
        first.path("object_refs").forEach(r -> refs.add(r.asText()));
        o.json().path("object_refs").forEach(r -> refs.add(r.asText()));
        ArrayNode a = first.putArray("object_refs");
        refs.forEach(a::add);
      }
    }
    List<StixObject> out = new ArrayList<>();
    byId.values().forEach(j -> out.add(StixObject.of(j)));
    return out;
  }
}
