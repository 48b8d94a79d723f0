package org.vigil.feeds;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations as people write them: {@code 500ms}, {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, or ISO-8601 {@code PT15M}. */
public final class Durations {

  private Durations() {}

  /** @throws IllegalArgumentException naming the text and the forms expected */
  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return positive(Duration.parse(t.toUpperCase(Locale.ROOT)), text);
      }
      if (t.endsWith("ms") && t.length() > 2) {
        return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
      }
      if (t.length() >= 2) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        switch (t.charAt(t.length() - 1)) {
          case 's': return positive(Duration.ofSeconds(n), text);
          case 'm': return positive(Duration.ofMinutes(n), text);
          case 'h': return positive(Duration.ofHours(n), text);
          case 'd': return positive(Duration.ofDays(n), text);
          default: break;
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("'" + text + "' is not a duration; expected e.g. 500ms, 90s, 15m, 2h, 1d or PT15M");
  }

  private static Duration positive(Duration d, String text) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("'" + text + "': a duration must be positive");
    }
    return d;
  }
}
