package org.vigil.access;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: {@code burst} requests at once, refilled at {@code perMinute} a
 * minute. Keys are authenticated users or API keys, never raw request data, so the map grows
 * only with the users that exist. Thread-safe.
 */
public final class RateLimiter {

  private final int perMinute;
  private final int burst;
  private final LongSupplier nanos;
  private final Map<String, double[]> buckets = new HashMap<>();

  /** @param perMinute refill rate; 0 turns the limit off */
  public RateLimiter(int perMinute, int burst, LongSupplier nanos) {
    if (perMinute < 0 || burst < 1) {
      throw new IllegalArgumentException("rate limit " + perMinute + "/min with burst " + burst
          + ": the rate must be 0 or more and the burst at least 1");
    }
    this.perMinute = perMinute;
    this.burst = burst;
    this.nanos = nanos;
  }

  /** Seconds until {@code key} has a token, 0 when it has one now; takes none. */
  public synchronized long waitFor(String key) {
    if (perMinute == 0) {
      return 0;
    }
    double[] b = buckets.get(key);
    if (b == null) {
      return 0;
    }
    double perNano = perMinute / 60e9;
    double tokens = Math.min(burst, b[0] + (nanos.getAsLong() - (long) b[1]) * perNano);
    return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
  }

  /**
   * Takes a token for {@code key}.
   *
   * @return 0 when the request may go ahead, otherwise the seconds until a token is available
   */
  public synchronized long acquire(String key) {
    if (perMinute == 0) {
      return 0;
    }
    long now = nanos.getAsLong();
    double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
    double perNano = perMinute / 60e9;
    b[0] = Math.min(burst, b[0] + (now - (long) b[1]) * perNano);
    b[1] = now;
    if (b[0] >= 1) {
      b[0] -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - b[0]) / perNano / 1e9));
  }
}
