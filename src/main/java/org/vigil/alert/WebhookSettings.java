package org.vigil.alert;

import java.time.Duration;

/**
 * Limits of webhook delivery, each named as in {@code vigil.properties}.
 *
 * @param timeout connect and read timeout of one delivery ({@code webhooks.timeout-seconds})
 * @param maxAttempts attempts before a delivery is marked failed ({@code webhooks.max-attempts})
 * @param backoff wait after the first failure; doubled after each next one ({@code webhooks.backoff-seconds})
 */
public record WebhookSettings(Duration timeout, int maxAttempts, Duration backoff) {

  public WebhookSettings {
    if (timeout.isNegative() || timeout.isZero() || maxAttempts <= 0 || backoff.isNegative()) {
      throw new IllegalArgumentException("webhooks.timeout-seconds and webhooks.max-attempts must be positive, "
          + "webhooks.backoff-seconds not negative");
    }
  }

  public static WebhookSettings defaults() {
    return new WebhookSettings(Duration.ofSeconds(10), 6, Duration.ofSeconds(30));
  }
}
