package org.vigil.stix;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link StixIds} in memory: ids are stable for the life of this object only. For tests and
 * one-shot exports; the store keeps ids for good. Thread-safe.
 */
public final class InMemoryStixIds implements StixIds {

  private final Map<String, String> ids = new ConcurrentHashMap<>();

  @Override
  public String idFor(String stixType, String naturalKey) {
    StixObject.requireType(stixType);
    return ids.computeIfAbsent(stixType + "\u0000" + naturalKey,
        k -> stixType + "--" + UUID.randomUUID());
  }

  /** How many ids have been made. */
  public int size() {
    return ids.size();
  }
}
