package org.vigil.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recently computed aggregate views (dashboard, map lists and markers), kept for
 * {@link UiSettings#aggregateSeconds()} and dropped at once when an analyst reviews an
 * incident, so that a large store is scanned once per interval rather than once per request. At
 * most {@link UiSettings#aggregateEntries()} entries: when full, all are dropped, so request
 * parameters cannot grow it. One instance per server; thread-safe.
 */
final class AggregateCache {

  private record Entry(Object value, Instant at) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final UiSettings settings;
  private final Clock clock;

  AggregateCache(UiSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The value for {@code key}, computed by {@code work} when missing or older than the interval. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> work) {
    Instant now = clock.instant();
    synchronized (this) {
      Entry e = entries.get(key);
      if (e != null && Duration.between(e.at(), now).getSeconds() < settings.aggregateSeconds()) {
        return (T) e.value();
      }
    }
    T value = work.get();
    synchronized (this) {
      if (entries.size() >= settings.aggregateEntries()) {
        entries.clear();
      }
      entries.put(key, new Entry(value, now));
    }
    return value;
  }

  /** Drops every entry (after a change the views must show). */
  synchronized void clear() {
    entries.clear();
  }
}
