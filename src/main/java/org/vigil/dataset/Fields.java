package org.vigil.dataset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading typed values from a CSV row; every error names the column, the value and what was expected. */
final class Fields {

  private static final DateTimeFormatter ACLED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Fields() {}

  static @Nullable String text(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int integer(Map<String, String> row, String column, int min, int max) {
    String v = text(row, column);
    try {
      int n = v == null ? Integer.MIN_VALUE : (int) Double.parseDouble(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(column + " '" + v + "' is not a whole number from " + min + " to " + max);
  }

  static @Nullable Double decimal(Map<String, String> row, String column, double min, double max) {
    String v = text(row, column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(column + " '" + v + "' is not a number from " + min + " to " + max);
  }

  /** A casualty count; empty (and GTD's -99 "unknown") give null. */
  static @Nullable Integer count(Map<String, String> row, String column) {
    String v = text(row, column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < 0) {
        return null;
      }
      if (d <= 1_000_000) {
        return (int) d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(column + " '" + v + "' is not a count");
  }

  static LocalDate date(int year, int month, int day, String columns) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(columns + " " + year + "/" + month + "/" + day + " is not a calendar date");
    }
  }

  static LocalDate acledDate(Map<String, String> row, String column) {
    String v = text(row, column);
    if (v != null) {
      try {
        return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : LocalDate.parse(v, ACLED);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(column + " '" + v + "' is not a date like 2024-03-09 or 09 March 2024");
  }
}
