package org.vigil.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an incident happened.
 *
 * @param value "2024-01-03", "2024-01" or "2024" as the precision allows
 * @param text the words it was read from; null when the date is the publication date by default
 */
public record IncidentDate(String value, DatePrecision precision, @Nullable String text) {

  public IncidentDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }

  public static IncidentDate of(LocalDate date, DatePrecision precision, @Nullable String text) {
    String v = switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
    return new IncidentDate(v, precision, text);
  }

  /** The first day the date can stand for. */
  public LocalDate start() {
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case MONTH -> LocalDate.parse(value + "-01");
      case YEAR -> LocalDate.parse(value + "-01-01");
    };
  }
}
