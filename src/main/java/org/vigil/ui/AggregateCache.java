package org.vigil.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Recently computed aggregate views (dashboard, map lists and markers), so that a large store is
 * scanned once per {@link UiSettings#aggregateSeconds()} rather than once per request. A view
 * older than that is still answered at once while one background thread computes it again; a
 * missing one is computed in the request. {@link #clear} (after an analyst's review) drops every
 * view, so the next request computes it afresh. At most {@link UiSettings#aggregateEntries()}
 * entries: when full, all are dropped, so request parameters cannot grow it. One instance per
 * server, {@link #close}d with it; thread-safe.
 */
final class AggregateCache implements AutoCloseable {

  private record Entry(Object value, Instant at) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final Set<String> refreshing = new HashSet<>();
  /** Bumped by {@link #clear}: a refresh that began before it must not store its older value. */
  private long generation;
  private final UiSettings settings;
  private final Clock clock;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "vigil-ui-aggregates");
    t.setDaemon(true);
    return t;
  });

  AggregateCache(UiSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The value for {@code key}: fresh, stale while a refresh runs, or computed now by {@code work}. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> work) {
    Instant now = clock.instant();
    synchronized (this) {
      Entry e = entries.get(key);
      if (e != null) {
        if (Duration.between(e.at(), now).getSeconds() >= settings.aggregateSeconds() && refreshing.add(key)) {
          try {
            refresher.execute(() -> refresh(key, work));
          } catch (RejectedExecutionException closed) {
            refreshing.remove(key);
          }
        }
        return (T) e.value();
      }
    }
    long gen = generation();
    T value = work.get();
    put(key, value, now, gen);
    return value;
  }

  private void refresh(String key, Supplier<?> work) {
    try {
      Instant at = clock.instant();
      long gen = generation();
      Object value = work.get();
      put(key, value, at, gen);
    } finally {
      synchronized (this) {
        refreshing.remove(key);
      }
    }
  }

  private synchronized long generation() {
    return generation;
  }

  private synchronized void put(String key, Object value, Instant at, long gen) {
    if (gen != generation) {
      return;
    }
    if (entries.size() >= settings.aggregateEntries()) {
      entries.clear();
    }
    entries.put(key, new Entry(value, at));
  }

  /** Drops every entry (after a change the views must show). */
  synchronized void clear() {
    generation++;
    entries.clear();
  }

  /** Stops the background refresh. */
  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
