package org.vigil.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Parsing of the ISO dates that input records carry. */
public final class Dates {

  private Dates() {}

  /** An ISO date or date-time ("2024-04-20", "2024-04-20T08:15:00Z"), or empty when it is neither. */
  public static @Nullable LocalDate parseIso(String value) {
    String v = value.trim();
    try {
      if (v.length() > 10) {
        try {
          return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
          return LocalDate.parse(v.substring(0, 10));
        }
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }
}
