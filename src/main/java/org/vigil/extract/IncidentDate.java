package org.vigil.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an incident happened.
 *
 * @param value "2024-01-03", "2024-01" or "2024" as the precision allows; for a range of days
 *     ("the weekend bombing", "last week's attack") the first and last day as an ISO 8601
 *     interval, "2024-03-09/2024-03-10"
 * @param text the words of the event it was read from; null when nothing said when and the date
 *     is the report's own (its dateline's or publication date)
 */
public record IncidentDate(String value, DatePrecision precision, @Nullable String text) {

  public IncidentDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.RANGE && value.indexOf('/') < 0) {
      throw new IllegalArgumentException("a date range is written FIRST/LAST, got '" + value + "'");
    }
  }

  public static IncidentDate of(LocalDate date, DatePrecision precision, @Nullable String text) {
    String v = switch (precision) {
      case DAY -> date.toString();
      case RANGE -> date + "/" + date;
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
    return new IncidentDate(v, precision, text);
  }

  /** The days from {@code first} to {@code last}; a single day when they are equal. */
  public static IncidentDate range(LocalDate first, LocalDate last, @Nullable String text) {
    return first.equals(last) ? of(first, DatePrecision.DAY, text)
        : new IncidentDate(first + "/" + last, DatePrecision.RANGE, text);
  }

  /** The first day the date can stand for. */
  public LocalDate start() {
    return switch (precision) {
      case DAY -> day(value);
      case RANGE -> day(value.substring(0, value.indexOf('/')));
      case MONTH -> day(value + "-01");
      case YEAR -> day(value + "-01-01");
    };
  }

  /** The last day the date can stand for. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> day(value);
      case RANGE -> day(value.substring(value.indexOf('/') + 1));
      case MONTH -> java.time.YearMonth.parse(value).atEndOfMonth();
      case YEAR -> day(value + "-12-31");
    };
  }

  /**
   * {@link LocalDate#parse} of an ISO 8601 day: its usual ten characters ("2024-01-03") read
   * without a formatter, which cost more than the rest of the relevance features of an incident;
   * any other form, or a day that does not exist, left to {@code parse} and its exception.
   */
  private static LocalDate day(String iso) {
    if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-' && digits(iso, 0, 4) && digits(iso, 5, 7)
        && digits(iso, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
            Integer.parseInt(iso, 8, 10, 10));
      } catch (DateTimeException e) {
        // no such day: parse says so in its own words
      }
    }
    return LocalDate.parse(iso);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
