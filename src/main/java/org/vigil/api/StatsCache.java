package org.vigil.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.vigil.store.Stats;
import org.vigil.store.Viewer;

/**
 * The counts of {@code /api/stats} per reader, reused while nothing was written since they were
 * counted, for at most {@code ui.aggregate-seconds} (0: counted on every request): counting a
 * large knowledge base scans its indexes, which clients asking often would otherwise repeat. At most
 * {@link #ENTRIES} readers (organisations) are kept, the least recently counted dropped first.
 * Thread-safe.
 */
final class StatsCache {

  /** Readers whose counts are kept at once. */
  static final int ENTRIES = 1_000;

  private record Entry(Stats stats, Instant at, long writes) {}

  private final int seconds;
  private final Clock clock;
  private final Map<Viewer, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Viewer, Entry> eldest) {
      return size() > ENTRIES;
    }
  };

  StatsCache(int seconds, Clock clock) {
    this.seconds = seconds;
    this.clock = clock;
  }

  /**
   * The counts {@code viewer} reads: kept ones if recent enough and counted since the last write,
   * else counted by {@code count}.
   *
   * @param writes the store's write count ({@link org.vigil.web.SharedStore#writes}) now
   */
  Stats get(Viewer viewer, long writes, Supplier<Stats> count) {
    Instant now = clock.instant();
    synchronized (entries) {
      Entry e = entries.get(viewer);
      if (e != null && e.writes() == writes && Duration.between(e.at(), now).getSeconds() < seconds) {
        return e.stats();
      }
    }
    Stats fresh = count.get(); // outside the lock: two readers may count at once, neither waits
    synchronized (entries) {
      entries.put(viewer, new Entry(fresh, now, writes));
    }
    return fresh;
  }
}
