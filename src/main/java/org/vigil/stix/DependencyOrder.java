package org.vigil.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders a bundle's objects so that each comes after the objects it refers to within the
 * bundle (through any {@code *_ref} or {@code *_refs} property, at any depth). Ties keep the
 * bundle's order; objects on a reference cycle (allowed in STIX) keep the bundle's order too.
 */
final class DependencyOrder {

  private DependencyOrder() {}

  static List<StixObject> sort(List<StixObject> objects) {
    Map<String, List<Integer>> byId = new HashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      byId.computeIfAbsent(objects.get(i).id(), k -> new ArrayList<>()).add(i);
    }
    int n = objects.size();
    int[] waiting = new int[n];
    List<List<Integer>> dependents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (String ref : refs(objects.get(i))) {
        for (int j : byId.getOrDefault(ref, List.of())) {
          if (j != i) {
            waiting[i]++;
            dependents.get(j).add(i);
          }
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    List<StixObject> out = new ArrayList<>(n);
    boolean[] done = new boolean[n];
    while (out.size() < n) {
      if (ready.isEmpty()) { // a cycle: release the first object still waiting
        for (int i = 0; i < n; i++) {
          if (!done[i]) {
            ready.add(i);
            waiting[i] = 0;
            break;
          }
        }
      }
      int i = ready.poll();
      if (done[i]) {
        continue;
      }
      done[i] = true;
      out.add(objects.get(i));
      for (int d : dependents.get(i)) {
        if (!done[d] && --waiting[d] == 0) {
          ready.add(d);
        }
      }
    }
    return out;
  }

  /** The ids the object refers to. */
  static Set<String> refs(StixObject o) {
    Set<String> out = new LinkedHashSet<>();
    Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
    o.node().fields().forEachRemaining(todo::add);
    while (!todo.isEmpty()) {
      Map.Entry<String, JsonNode> e = todo.pop();
      JsonNode v = e.getValue();
      if (e.getKey().endsWith("_ref") && v.isTextual()) {
        out.add(v.asText());
      } else if (e.getKey().endsWith("_refs") && v.isArray()) {
        v.forEach(r -> out.add(r.asText()));
      } else if (v.isObject()) {
        v.fields().forEachRemaining(todo::add);
      } else if (v.isArray()) {
        for (JsonNode x : v) {
          if (x.isObject()) {
            x.fields().forEachRemaining(todo::add);
          }
        }
      }
    }
    return out;
  }
}
