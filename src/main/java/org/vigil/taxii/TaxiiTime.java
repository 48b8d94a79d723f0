package org.vigil.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Timestamps of TAXII: {@code date_added} with microseconds (as the reference server writes
 * them), and version keys with nanoseconds, both of a fixed width so that they sort as text.
 */
public final class TaxiiTime {

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NANOS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TaxiiTime() {}

  /** An RFC 3339 UTC timestamp ({@code ...Z}, any fraction), if {@code s} is one. */
  public static Optional<Instant> parse(String s) {
    if (!s.endsWith("Z") && !s.endsWith("z")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(s.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code date_added} form: microseconds, fixed width. */
  public static String dateAdded(Instant t) {
    return MICROS.format(t);
  }

  /** Version key form: nanoseconds, fixed width. */
  public static String versionKey(Instant t) {
    return NANOS.format(t);
  }
}
