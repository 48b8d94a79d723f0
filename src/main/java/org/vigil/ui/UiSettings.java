package org.vigil.ui;

/**
 * Limits of the web UI, each with a named default.
 *
 * @param sessionsPerUser most signed-in sessions one user keeps at once ({@code ui.sessions-per-user});
 *     a new sign-in beyond it drops that user's own oldest session
 * @param sessionMinutes idle minutes after which a session ends ({@code ui.session-minutes})
 * @param maxMarkers most incidents drawn on the map at once, deadliest first
 *     ({@code ui.max-markers}); the page says when more match
 * @param pageSize rows in one page of a list ({@code ui.page-size})
 * @param topSize entries in a "top" list of the dashboard ({@code ui.top-size})
 * @param maxQuery longest search text in characters ({@code ui.max-query})
 * @param searchHits most reports a search reads to count its facets ({@code ui.search-hits})
 * @param aggregateSeconds seconds an aggregate view (dashboard, map lists and markers) is reused
 *     before it is computed again ({@code ui.aggregate-seconds}); 0 computes every time
 * @param aggregateEntries most aggregate views kept at once ({@code ui.aggregate-entries})
 */
public record UiSettings(int sessionsPerUser, int sessionMinutes, int maxMarkers, int pageSize, int topSize,
    int maxQuery, int searchHits, int aggregateSeconds, int aggregateEntries) {

  public static final int DEFAULT_SESSIONS_PER_USER = 10;
  public static final int DEFAULT_SESSION_MINUTES = 480;
  public static final int DEFAULT_MAX_MARKERS = 5000;
  public static final int DEFAULT_PAGE_SIZE = 25;
  public static final int DEFAULT_TOP_SIZE = 10;
  public static final int DEFAULT_MAX_QUERY = 200;
  public static final int DEFAULT_SEARCH_HITS = 200;
  public static final int DEFAULT_AGGREGATE_SECONDS = 60;
  public static final int DEFAULT_AGGREGATE_ENTRIES = 256;

  public UiSettings {
    check("ui.sessions-per-user", sessionsPerUser, 1, 1000);
    check("ui.session-minutes", sessionMinutes, 1, 100_000);
    check("ui.max-markers", maxMarkers, 1, 100_000);
    check("ui.page-size", pageSize, 1, 500);
    check("ui.top-size", topSize, 1, 100);
    check("ui.max-query", maxQuery, 1, 10_000);
    check("ui.search-hits", searchHits, 1, 10_000);
    check("ui.aggregate-seconds", aggregateSeconds, 0, 86_400);
    check("ui.aggregate-entries", aggregateEntries, 1, 100_000);
  }

  public static UiSettings defaults() {
    return new UiSettings(DEFAULT_SESSIONS_PER_USER, DEFAULT_SESSION_MINUTES, DEFAULT_MAX_MARKERS, DEFAULT_PAGE_SIZE,
        DEFAULT_TOP_SIZE, DEFAULT_MAX_QUERY, DEFAULT_SEARCH_HITS, DEFAULT_AGGREGATE_SECONDS, DEFAULT_AGGREGATE_ENTRIES);
  }

  private static void check(String key, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " " + v + " is outside " + min + ".." + max);
    }
  }
}
