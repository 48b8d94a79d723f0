package org.vigil.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.vigil.store.IncidentRow;

/**
 * The {@link Facts} of the stored incidents matched most recently, so that an incident compared
 * with many new ones is read from its JSON once. An entry is used only while the row's record is
 * the one it was read from (an incident updated since, by whatever writer, is read again); at
 * most {@link #CAPACITY} entries, the least recently used dropped first. Not thread-safe.
 */
final class FactsCache {

  /** Incidents whose facts are kept: a few megabytes, more than the candidates of a batch of reports. */
  static final int CAPACITY = 4096;

  private record Entry(String recordJson, Facts facts) {}

  private final Map<Long, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The facts of stored row {@code r}, computed by {@code read} unless its record is unchanged since last read. */
  Facts of(IncidentRow r, Function<IncidentRow, Facts> read) {
    Entry e = entries.get(r.id());
    if (e != null && e.recordJson().equals(r.recordJson())) {
      return e.facts();
    }
    Facts f = read.apply(r);
    entries.put(r.id(), new Entry(r.recordJson(), f));
    return f;
  }
}
