package org.vigil.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.vigil.feeds.Durations;

/** When an API key expires, as given to {@code vigil admin add-key --expires}. Stateless. */
final class Expiry {

  private Expiry() {}

  /**
   * A date ({@code 2026-12-31}: midnight UTC starting it), an instant, or a duration from
   * {@code now} ({@code 90d}, {@code 12h}, {@code 30m}).
   *
   * @throws UserError for anything else, or a time not after {@code now}
   */
  static Instant parse(String text, Instant now) {
    Instant at;
    try {
      at = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notDate) {
      try {
        at = Instant.parse(text);
      } catch (DateTimeParseException notInstant) {
        try {
          Duration d = Durations.parse(text);
          at = now.plus(d);
        } catch (IllegalArgumentException notDuration) {
          throw new UserError("--expires '" + text + "' is not a date (2026-12-31), an instant "
              + "(2026-12-31T12:00:00Z) or a duration (90d, 12h)");
        }
      }
    }
    if (!at.isAfter(now)) {
      throw new UserError("--expires " + text + " is not in the future");
    }
    return at;
  }
}
