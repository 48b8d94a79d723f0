package org.vigil.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vigil.access.LoginLimits;
import org.vigil.alert.WebhookSettings;
import org.vigil.extract.ExtractSettings;
import org.vigil.feeds.FeedSettings;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.merge.MergeRules;
import org.vigil.outbound.OutboundPolicy;
import org.vigil.stix.Tlp;
import org.vigil.ui.UiSettings;
import org.vigil.web.Capacity;
import org.vigil.web.PublicAddress;
import org.vigil.web.ServerSettings;

/**
 * The optional {@code vigil.properties} of a data directory: the database URL and every limit
 * of ingest and merge, by the names their records document. Missing keys take the defaults;
 * an unknown key or a bad value is an error naming the key, the value and the file.
 */
record Settings(@Nullable String dbUrl, IngestSettings ingest, MergeRules merge, ServerSettings server,
    FeedSettings feeds, WebhookSettings webhooks, @Nullable String dropDir, List<String> feedUrls,
    UiSettings ui, IntakeSettings intake, OutboundPolicy outbound, ExtractSettings extract) {

  Settings {
    feedUrls = List.copyOf(feedUrls);
  }

  static final String FILE = "vigil.properties";

  private static final Set<String> KEYS = Set.of("db.url", "ingest.batch-size",
      "ingest.near-duplicate-similarity", "ingest.max-text-chars", "ingest.max-gzip-bytes",
      "ingest.progress-seconds", "merge.window-days.day", "merge.window-days.month",
      "merge.window-days.year", "merge.distance-km.site", "merge.distance-km.city",
      "merge.distance-km.district", "merge.distance-km.province", "merge.min-score",
      "merge.max-candidates", "merge.ambiguity", "server.max-content-length", "server.max-page-size",
      "server.rate-limit-per-minute", "server.rate-limit-burst", "server.max-match-values",
      "server.workers", "server.max-queued-requests", "server.read-connections", "server.password-workers",
      "server.verified-keys", "server.failed-logins-free", "server.failed-logins-delay-seconds", "server.failed-logins-max-delay-seconds",
      "server.failed-logins-tracked", "server.public-url", "server.trusted-proxies", "kb.organisation", "kb.marking",
      "outbound.allowed-hosts", "outbound.max-redirects", "feeds.default-every-seconds",
      "feeds.min-every-seconds", "feeds.max-bytes", "feeds.max-items-per-poll", "feeds.timeout-seconds",
      "feeds.max-backoff-seconds", "feeds.fetch-article-below-chars", "feeds.threads", "feeds.urls",
      "webhooks.timeout-seconds", "webhooks.max-attempts", "webhooks.backoff-seconds", "monitor.drop-dir",
      "ui.sessions-per-user", "ui.session-minutes", "ui.max-markers", "ui.page-size", "ui.top-size", "ui.max-query",
      "ui.search-hits", "ui.aggregate-seconds", "ui.aggregate-entries", "extract.report-millis");

  /** Settings that were replaced, with what replaces them. */
  private static final Map<String, String> REPLACED = Map.of(
      "ui.marking", "kb.marking (the marking of the instance's own intake; records now carry their own)",
      "ui.max-sessions", "ui.sessions-per-user (sessions are capped per user)",
      "server.failed-logins-per-minute", "server.failed-logins-free, -delay-seconds and -max-delay-seconds",
      "server.failed-logins-burst", "server.failed-logins-free");

  static Settings defaults() {
    return new Settings(null, IngestSettings.defaults(), MergeRules.defaults(), ServerSettings.defaults(),
        FeedSettings.defaults(), WebhookSettings.defaults(), null, List.of(), UiSettings.defaults(),
        IntakeSettings.defaults(), OutboundPolicy.defaults(), ExtractSettings.defaults());
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
    for (String old : p.stringPropertyNames()) {
      if (REPLACED.containsKey(old)) {
        throw new UserError(f + ": setting " + old + " was replaced by " + REPLACED.get(old) + "; see the README");
      }
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new UserError(f + ": unknown setting(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    IngestSettings i = IngestSettings.defaults();
    MergeRules m = MergeRules.defaults();
    ServerSettings sv = ServerSettings.defaults();
    FeedSettings fd = FeedSettings.defaults();
    WebhookSettings wh = WebhookSettings.defaults();
    UiSettings u = UiSettings.defaults();
    IntakeSettings in = IntakeSettings.defaults();
    OutboundPolicy out = OutboundPolicy.defaults();
    ExtractSettings x = ExtractSettings.defaults();
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
          dbl(p, f, "merge.min-score", m.minScore()), num(p, f, "merge.max-candidates", m.maxCandidates()),
          dbl(p, f, "merge.ambiguity", m.ambiguity()));
      LoginLimits l = sv.logins();
      sv = new ServerSettings(sv.host(), sv.port(),
          (long) dbl(p, f, "server.max-content-length", sv.maxContentLength()),
          num(p, f, "server.max-page-size", sv.maxPageSize()),
          num(p, f, "server.rate-limit-per-minute", sv.rateLimitPerMinute()),
          num(p, f, "server.rate-limit-burst", sv.rateLimitBurst()),
          num(p, f, "server.max-match-values", sv.maxMatchValues()),
          new LoginLimits(num(p, f, "server.failed-logins-free", l.free()),
              seconds(p, f, "server.failed-logins-delay-seconds", l.delay()),
              seconds(p, f, "server.failed-logins-max-delay-seconds", l.maxDelay()),
              num(p, f, "server.failed-logins-tracked", l.tracked())),
          new PublicAddress(Optional.ofNullable(p.getProperty("server.public-url")).map(String::strip)
              .filter(v -> !v.isEmpty()).orElse(null), list(p, "server.trusted-proxies")),
          capacity(p, f, sv.capacity()));
      fd = new FeedSettings(seconds(p, f, "feeds.default-every-seconds", fd.defaultEvery()),
          seconds(p, f, "feeds.min-every-seconds", fd.minEvery()),
          (long) dbl(p, f, "feeds.max-bytes", fd.maxBytes()),
          num(p, f, "feeds.max-items-per-poll", fd.maxItemsPerPoll()),
          seconds(p, f, "feeds.timeout-seconds", fd.timeout()),
          seconds(p, f, "feeds.max-backoff-seconds", fd.maxBackoff()),
          num(p, f, "feeds.fetch-article-below-chars", fd.articleBelowChars()), num(p, f, "feeds.threads", fd.threads()));
      wh = new WebhookSettings(seconds(p, f, "webhooks.timeout-seconds", wh.timeout()),
          num(p, f, "webhooks.max-attempts", wh.maxAttempts()), seconds(p, f, "webhooks.backoff-seconds", wh.backoff()));
      u = new UiSettings(num(p, f, "ui.sessions-per-user", u.sessionsPerUser()),
          num(p, f, "ui.session-minutes", u.sessionMinutes()), num(p, f, "ui.max-markers", u.maxMarkers()),
          num(p, f, "ui.page-size", u.pageSize()), num(p, f, "ui.top-size", u.topSize()),
          num(p, f, "ui.max-query", u.maxQuery()), num(p, f, "ui.search-hits", u.searchHits()),
          num(p, f, "ui.aggregate-seconds", u.aggregateSeconds()),
          num(p, f, "ui.aggregate-entries", u.aggregateEntries()));
      String marking = p.getProperty("kb.marking", in.marking().label());
      in = new IntakeSettings(p.getProperty("kb.organisation", "").strip(), Tlp.fromLabel(marking).orElseThrow(() ->
          new IllegalArgumentException("kb.marking = '" + marking + "' is not a TLP level (clear, green, amber, "
              + "amber+strict, red)")));
      out = new OutboundPolicy(Set.copyOf(list(p, "outbound.allowed-hosts")),
          num(p, f, "outbound.max-redirects", out.maxRedirects()));
      x = new ExtractSettings((long) dbl(p, f, "extract.report-millis", x.reportMillis()));
    } catch (IllegalArgumentException e) {
      throw new UserError(f + ": " + e.getMessage());
    }
    return new Settings(Optional.ofNullable(p.getProperty("db.url")).map(String::strip).filter(v -> !v.isEmpty())
        .orElse(null), i, m, sv, fd, wh, Optional.ofNullable(p.getProperty("monitor.drop-dir")).map(String::strip)
        .filter(v -> !v.isEmpty()).orElse(null), list(p, "feeds.urls"), u, in, out, x);
  }

  /** The comma-separated values of a setting, such as the feeds of {@code feeds.urls}. */
  private static List<String> list(Properties p, String key) {
    String v = p.getProperty(key, "");
    return Arrays.stream(v.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
  }

  private static Duration seconds(Properties p, Path f, String key, Duration dflt) {
    return Duration.ofMillis((long) (dbl(p, f, key, dflt.toMillis() / 1000.0) * 1000));
  }

  /**
   * The server's capacity; without {@code server.read-connections}, one read connection for each
   * worker and password worker as configured, so that raising the workers does not make them wait
   * for connections.
   */
  private static Capacity capacity(Properties p, Path f, Capacity c) {
    int workers = num(p, f, "server.workers", c.workers());
    int passwords = num(p, f, "server.password-workers", c.passwordWorkers());
    return new Capacity(workers, num(p, f, "server.max-queued-requests", c.maxQueued()),
        num(p, f, "server.read-connections", workers + passwords), passwords,
        num(p, f, "server.verified-keys", c.verifiedKeys()));
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
