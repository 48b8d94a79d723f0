package org.vigil.eval;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a CSV file, by column name.
 *
 * @param line the 1-based line where the row starts
 */
public record CsvRow(int line, Map<String, String> values) {

  public CsvRow {
    values = Map.copyOf(values);
  }

  /** The trimmed value of a column, empty when the column is absent or blank. */
  public Optional<String> get(String column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /** The value as an integer, empty when absent, blank or not a number. */
  public Optional<Integer> integer(String column) {
    return get(column).flatMap(v -> {
      try {
        return Optional.of((int) Double.parseDouble(v));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  /** The value as a number, empty when absent, blank or not a number. */
  public Optional<Double> number(String column) {
    return get(column).flatMap(v -> {
      try {
        return Optional.of(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
