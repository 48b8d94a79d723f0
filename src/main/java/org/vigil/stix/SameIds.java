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
    Map<String, StixObject> byId = new LinkedHashMap<>();
    for (StixObject o : objects) {
      StixObject first = byId.putIfAbsent(o.id(), o);
      if (first != null && o.type().equals("report")) {
        Set<String> refs = new LinkedHashSet<>();
        first.node().path("object_refs").forEach(r -> refs.add(r.asText()));
        o.node().path("object_refs").forEach(r -> refs.add(r.asText()));
        ObjectNode merged = first.json();
        ArrayNode a = merged.putArray("object_refs");
        refs.forEach(a::add);
        byId.put(o.id(), StixObject.ofOwned(merged));
      }
    }
    return new ArrayList<>(byId.values());
  }
}
