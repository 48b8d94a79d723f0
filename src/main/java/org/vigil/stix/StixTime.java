package org.vigil.stix;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/** STIX timestamps: UTC, "Z", written with exactly three fraction digits (milliseconds). */
public final class StixTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  /** The form the STIX 2.1 schemas accept: RFC 3339 in UTC with "Z". */
  private static final Pattern SHAPE = Pattern.compile(
      "[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?Z");

  private StixTime() {}

  /** "2024-04-20T08:15:00.000Z": the instant cut to milliseconds. */
  public static String format(Instant t) {
    return FORMAT.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The instant a STIX timestamp stands for; empty when it is not one. */
  public static Optional<Instant> parse(String s) {
    if (!SHAPE.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(s.replace(":60", ":59")));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
