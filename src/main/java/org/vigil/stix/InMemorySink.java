package org.vigil.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ImportSink} in memory, for tests and for {@code vigil import} until the store comes:
 * objects by id, every version kept, oldest {@code modified} first (a version received again
 * replaces the stored copy). Thread-safe; a batch is stored all at once (readers never see half
 * of one).
 */
public final class InMemorySink implements ImportSink {

  private Map<String, List<StixObject>> byId = Map.of();

  @Override
  public synchronized void storeAll(List<StixObject> objects) {
    Map<String, List<StixObject>> next = new LinkedHashMap<>();
    byId.forEach((k, v) -> next.put(k, new ArrayList<>(v)));
    for (StixObject o : objects) {
      List<StixObject> versions = next.computeIfAbsent(o.id(), k -> new ArrayList<>());
      versions.removeIf(v -> v.version().equals(o.version()));
      versions.add(o);
      versions.sort(Comparator.comparing(InMemorySink::versionTime));
    }
    next.replaceAll((k, v) -> List.copyOf(v));
    byId = Collections.unmodifiableMap(next);
  }

  /** Every version of every object, grouped by id. */
  public synchronized List<StixObject> all() {
    return byId.values().stream().flatMap(List::stream).toList();
  }

  /** The versions stored for this id, oldest first. */
  public synchronized List<StixObject> versions(String id) {
    return byId.getOrDefault(id, List.of());
  }

  /** The latest version stored for this id, if any. */
  public synchronized Optional<StixObject> find(String id) {
    List<StixObject> v = versions(id);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  private static Instant versionTime(StixObject o) {
    return o.version().flatMap(StixTime::parse).orElse(Instant.MIN);
  }

  /** How many versions are stored, of all objects. */
  public synchronized int size() {
    return byId.values().stream().mapToInt(List::size).sum();
  }
}
