package org.vigil.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vigil.ingest.IngestSettings;
import org.vigil.merge.MergeRules;
import org.vigil.ui.UiSettings;
import org.vigil.web.ServerSettings;

/**
 * The optional {@code vigil.properties} of a data directory: the database URL and every limit
 * of ingest and merge, by the names their records document. Missing keys take the defaults;
 * an unknown key or a bad value is an error naming the key, the value and the file.
 */
record Settings(@Nullable String dbUrl, IngestSettings ingest, MergeRules merge, ServerSettings server,
    UiSettings ui) {

  static final String FILE = "vigil.properties";

  private static final Set<String> KEYS = Set.of("db.url", "ingest.batch-size",
      "ingest.near-duplicate-similarity", "ingest.max-text-chars", "ingest.max-gzip-bytes",
      "ingest.progress-seconds", "merge.window-days.day", "merge.window-days.month",
      "merge.window-days.year", "merge.distance-km.site", "merge.distance-km.city",
      "merge.distance-km.district", "merge.distance-km.province", "merge.min-score",
      "merge.max-candidates", "server.max-content-length", "server.max-page-size",
      "server.rate-limit-per-minute", "server.rate-limit-burst", "server.max-match-values",
      "server.failed-logins-per-minute", "server.failed-logins-burst", "ui.max-sessions", "ui.session-minutes",
      "ui.max-markers", "ui.page-size", "ui.top-size", "ui.max-query", "ui.search-hits", "ui.aggregate-seconds",
      "ui.aggregate-entries", "ui.marking");

  static Settings defaults() {
    return new Settings(null, IngestSettings.defaults(), MergeRules.defaults(), ServerSettings.defaults(),
        UiSettings.defaults());
  }

  /** Reads {@code DIR/vigil.properties}, or the defaults when there is none. */
  static Settings load(Path dataDir) {
    Path f = dataDir.resolve(FILE);
    if (!Files.exists(f)) {
      return defaults();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(f + ": cannot read: " + e.getMessage());
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new UserError(f + ": unknown setting(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    IngestSettings i = IngestSettings.defaults();
    MergeRules m = MergeRules.defaults();
    ServerSettings sv = ServerSettings.defaults();
    UiSettings u = UiSettings.defaults();
    try {
      i = new IngestSettings(num(p, f, "ingest.batch-size", i.batchSize()),
          dbl(p, f, "ingest.near-duplicate-similarity", i.nearDuplicateSimilarity()),
          num(p, f, "ingest.max-text-chars", i.maxTextChars()),
          (long) dbl(p, f, "ingest.max-gzip-bytes", i.maxGzipBytes()),
          dbl(p, f, "ingest.progress-seconds", i.progressSeconds()));
      m = new MergeRules(num(p, f, "merge.window-days.day", m.dayWindow()),
          num(p, f, "merge.window-days.month", m.monthWindow()),
          num(p, f, "merge.window-days.year", m.yearWindow()),
          dbl(p, f, "merge.distance-km.site", m.siteKm()), dbl(p, f, "merge.distance-km.city", m.cityKm()),
          dbl(p, f, "merge.distance-km.district", m.districtKm()),
          dbl(p, f, "merge.distance-km.province", m.provinceKm()),
          dbl(p, f, "merge.min-score", m.minScore()), num(p, f, "merge.max-candidates", m.maxCandidates()));
      sv = new ServerSettings(sv.host(), sv.port(),
          (long) dbl(p, f, "server.max-content-length", sv.maxContentLength()),
          num(p, f, "server.max-page-size", sv.maxPageSize()),
          num(p, f, "server.rate-limit-per-minute", sv.rateLimitPerMinute()),
          num(p, f, "server.rate-limit-burst", sv.rateLimitBurst()),
          num(p, f, "server.max-match-values", sv.maxMatchValues()),
          num(p, f, "server.failed-logins-per-minute", sv.failedLoginsPerMinute()),
          num(p, f, "server.failed-logins-burst", sv.failedLoginsBurst()));
      u = new UiSettings(num(p, f, "ui.max-sessions", u.maxSessions()),
          num(p, f, "ui.session-minutes", u.sessionMinutes()), num(p, f, "ui.max-markers", u.maxMarkers()),
          num(p, f, "ui.page-size", u.pageSize()), num(p, f, "ui.top-size", u.topSize()),
          num(p, f, "ui.max-query", u.maxQuery()), num(p, f, "ui.search-hits", u.searchHits()),
          num(p, f, "ui.aggregate-seconds", u.aggregateSeconds()),
          num(p, f, "ui.aggregate-entries", u.aggregateEntries()),
          p.getProperty("ui.marking", u.marking()).strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError(f + ": " + e.getMessage());
    }
    return new Settings(Optional.ofNullable(p.getProperty("db.url")).map(String::strip).filter(v -> !v.isEmpty())
        .orElse(null), i, m, sv, u);
  }

  private static int num(Properties p, Path f, String key, int dflt) {
    return (int) dbl(p, f, key, dflt);
  }

  private static double dbl(Properties p, Path f, String key, double dflt) {
    String v = p.getProperty(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new UserError(f + ": " + key + " = '" + v + "' is not a number");
    }
  }
}
