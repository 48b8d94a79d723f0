package org.vigil.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed password sign-ins slow down, each named as in {@code vigil.properties}: per source
 * address and user name (known or not, so the answer never tells which names exist).
 *
 * @param free failed sign-ins in a row before the next try must wait ({@code server.failed-logins-free})
 * @param delay the first wait, doubled after each further failure
 *     ({@code server.failed-logins-delay-seconds})
 * @param maxDelay the longest wait ({@code server.failed-logins-max-delay-seconds})
 * @param tracked most address and name pairs remembered at once; the oldest are forgotten first
 *     ({@code server.failed-logins-tracked})
 */
public record LoginLimits(int free, Duration delay, Duration maxDelay, int tracked) {

  public LoginLimits {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (free < 1 || free > 1000) {
      throw new IllegalArgumentException("server.failed-logins-free " + free + " is outside 1..1000");
    }
    if (delay.isNegative() || delay.isZero() || maxDelay.compareTo(delay) < 0) {
      throw new IllegalArgumentException("server.failed-logins-delay-seconds (" + delay.toSeconds()
          + ") must be positive and at most server.failed-logins-max-delay-seconds (" + maxDelay.toSeconds() + ")");
    }
    if (tracked < 100 || tracked > 10_000_000) {
      throw new IllegalArgumentException("server.failed-logins-tracked " + tracked + " is outside 100..10000000");
    }
  }

  /** Five free failures, then 1 s doubled up to 15 minutes; 100,000 pairs remembered. */
  public static LoginLimits defaults() {
    return new LoginLimits(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100_000);
  }
}
