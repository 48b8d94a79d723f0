package org.vigil.web;

import java.util.Objects;
import org.vigil.access.LoginLimits;

/**
 * Where {@code vigil serve} listens, how clients reach it and the limits it applies to every
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
 * @param address where clients reach the server and who they are behind a proxy
 *     ({@code server.public-url}, {@code server.trusted-proxies}); an https public URL makes the
 *     cookies {@code Secure}
 */
public record ServerSettings(String host, int port, long maxContentLength, int maxPageSize,
    int rateLimitPerMinute, int rateLimitBurst, int maxMatchValues, LoginLimits logins, PublicAddress address,
    Capacity capacity) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  /** 10 MiB, like the reference server's 9765625 bytes order of magnitude. */
  public static final long DEFAULT_MAX_CONTENT_LENGTH = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
  public static final int DEFAULT_RATE_LIMIT_BURST = 60;
  public static final int DEFAULT_MAX_MATCH_VALUES = 100;

  /** The settings with the default sign-in limits, reached directly (no public URL, no trusted proxy). */
  public ServerSettings(String host, int port, long maxContentLength, int maxPageSize, int rateLimitPerMinute,
      int rateLimitBurst, int maxMatchValues) {
    this(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst, maxMatchValues,
        LoginLimits.defaults(), PublicAddress.direct());
  }

  /** The settings with the default {@link Capacity}. */
  public ServerSettings(String host, int port, long maxContentLength, int maxPageSize, int rateLimitPerMinute,
      int rateLimitBurst, int maxMatchValues, LoginLimits logins, PublicAddress address) {
    this(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst, maxMatchValues, logins,
        address, Capacity.defaults());
  }

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(logins, "logins");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(capacity, "capacity");
    check("port", port, 0, 65535);
    if (maxContentLength < 1) {
      throw new IllegalArgumentException("server.max-content-length " + maxContentLength + " must be at least 1");
    }
    check("server.max-page-size", maxPageSize, 1, 10_000);
    check("server.rate-limit-per-minute", rateLimitPerMinute, 0, 1_000_000);
    check("server.rate-limit-burst", rateLimitBurst, 1, 1_000_000);
    check("server.max-match-values", maxMatchValues, 1, 10_000);
  }

  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_PAGE_SIZE,
        DEFAULT_RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_BURST, DEFAULT_MAX_MATCH_VALUES);
  }

  public ServerSettings withAddress(String newHost, int newPort) {
    return new ServerSettings(newHost, newPort, maxContentLength, maxPageSize, rateLimitPerMinute,
        rateLimitBurst, maxMatchValues, logins, address, capacity);
  }

  public ServerSettings withRateLimit(int perMinute, int burst) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, perMinute, burst, maxMatchValues,
        logins, address, capacity);
  }

  public ServerSettings withLogins(LoginLimits newLogins) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst,
        maxMatchValues, newLogins, address, capacity);
  }

  public ServerSettings withPublicAddress(PublicAddress newAddress) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst,
        maxMatchValues, logins, newAddress, capacity);
  }

  public ServerSettings withCapacity(Capacity newCapacity) {
    return new ServerSettings(host, port, maxContentLength, maxPageSize, rateLimitPerMinute, rateLimitBurst,
        maxMatchValues, logins, address, newCapacity);
  }

  private static void check(String key, long v, long min, long max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " " + v + " is outside " + min + ".." + max);
    }
  }
}
