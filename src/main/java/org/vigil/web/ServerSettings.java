package org.vigil.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.access.LoginLimits;

/**
 * Where {@code vigil serve} listens, how it is reached and the limits it applies to every
 * client. Each limit has a named default and a {@code server.*} key in {@code vigil.properties}.
 *
 * @param maxContentLength largest request body in bytes ({@code server.max-content-length});
 *     an API root may set a smaller one
 * @param maxPageSize most objects in one TAXII or REST page ({@code server.max-page-size})
 * @param rateLimitPerMinute requests a minute per API key or user ({@code server.rate-limit-per-minute});
 *     0 turns the limit off
 * @param rateLimitBurst requests allowed at once before the rate applies ({@code server.rate-limit-burst})
 * @param maxMatchValues most comma-separated values in one {@code match[...]} filter
 *     ({@code server.max-match-values})
 * @param logins how failed password sign-ins slow down ({@code server.failed-logins-*})
 * @param publicUrl the URL users reach the server at ({@code server.public-url}), or null; when it
 *     is {@code https}, cookies are {@code Secure}
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the
 *     client ({@code server.trusted-proxies}); from anyone else the header is ignored
 */
public record ServerSettings(String host, int port, long maxContentLength, int maxPageSize,
    int rateLimitPerMinute, int rateLimitBurst, int maxMatchValues, LoginLimits logins, @Nullable URI publicUrl,
    Set<String> trustedProxies) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  /** 10 MiB, like the reference server's 9765625 bytes order of magnitude. */
  public static final long DEFAULT_MAX_CONTENT_LENGTH = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
  public static final int DEFAULT_RATE_LIMIT_BURST = 60;
  public static final int DEFAULT_MAX_MATCH_VALUES = 100;

  /** The settings with the default sign-in limits, no public URL and no trusted proxy. */
  public ServerSettings(String host, int port, long maxContentLength, int maxPageSize, int rateLimitPerMinute,
      int rateLimitBurst, int maxMatchValues) {
    this(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst, maxMatchValues,
        LoginLimits.defaults(), null, Set.of());
  }

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(logins, "logins");
    trustedProxies = Set.copyOf(trustedProxies);
    check("port", port, 0, 65535);
    if (maxContentLength < 1) {
      throw new IllegalArgumentException("server.max-content-length " + maxContentLength + " must be at least 1");
    }
    check("server.max-page-size", maxPageSize, 1, 10_000);
    check("server.rate-limit-per-minute", rateLimitPerMinute, 0, 1_000_000);
    check("server.rate-limit-burst", rateLimitBurst, 1, 1_000_000);
    check("server.max-match-values", maxMatchValues, 1, 10_000);
    if (publicUrl != null && (publicUrl.getHost() == null || publicUrl.getScheme() == null
        || !Set.of("http", "https").contains(publicUrl.getScheme().toLowerCase(Locale.ROOT)))) {
      throw new IllegalArgumentException("server.public-url '" + publicUrl + "' is not an http or https URL such as "
          + "https://vigil.example.org");
    }
  }

  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_PAGE_SIZE,
        DEFAULT_RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_BURST, DEFAULT_MAX_MATCH_VALUES);
  }

  /** Whether cookies must be {@code Secure}: the public URL is https (TLS ends at a proxy in front). */
  public boolean secureCookies() {
    return publicUrl != null && publicUrl.getScheme().equalsIgnoreCase("https");
  }

  public ServerSettings withAddress(String newHost, int newPort) {
    return new ServerSettings(newHost, newPort, maxContentLength, maxPageSize, rateLimitPerMinute,
        rateLimitBurst, maxMatchValues, logins, publicUrl, trustedProxies);
  }

  public ServerSettings withRateLimit(int perMinute, int burst) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, perMinute, burst, maxMatchValues,
        logins, publicUrl, trustedProxies);
  }

  public ServerSettings withLogins(LoginLimits newLogins) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst,
        maxMatchValues, newLogins, publicUrl, trustedProxies);
  }

  public ServerSettings withPublicUrl(@Nullable URI url, Set<String> proxies) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst,
        maxMatchValues, logins, url, proxies);
  }

  private static void check(String key, long v, long min, long max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " " + v + " is outside " + min + ".." + max);
    }
  }
}
