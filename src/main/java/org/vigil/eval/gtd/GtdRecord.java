package org.vigil.eval.gtd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.CsvRow;

/**
 * One GTD incident, with the columns Vigil is scored on. Blank or "Unknown" city and province
 * are null; {@code nkill}/{@code nwound} are null when blank.
 *
 * @param id {@code eventid}, or the row's line when there is none
 * @param text the {@code summary} without its leading "MM/DD/YYYY:" date
 * @param date the incident date from {@code iyear}/{@code imonth}/{@code iday}, day or month 0
 *     taken as 1; null when the year is missing
 */
public record GtdRecord(String id, String text, @Nullable LocalDate date, @Nullable String country,
    @Nullable String province, @Nullable String city, @Nullable Double latitude,
    @Nullable Double longitude, @Nullable String attackType, @Nullable String targetType,
    @Nullable String group, @Nullable Integer killed, @Nullable Integer wounded) {

  private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*:\\s*");

  public GtdRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The record of a CSV row, or empty (with the reason) when it has no summary to read. */
  public static Optional<GtdRecord> of(CsvRow row) {
    Optional<String> summary = row.get("summary");
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    String text = DATE_PREFIX.matcher(summary.get()).replaceFirst("");
    LocalDate date = null;
    Optional<Integer> year = row.integer("iyear");
    if (year.isPresent()) {
      try {
        date = LocalDate.of(year.get(), Math.max(1, row.integer("imonth").orElse(1)),
            Math.max(1, row.integer("iday").orElse(1)));
      } catch (java.time.DateTimeException e) {
        date = null;
      }
    }
    return Optional.of(new GtdRecord(row.get("eventid").orElse("line " + row.line()), text, date,
        known(row, "country_txt"), known(row, "provstate"), known(row, "city"),
        row.number("latitude").orElse(null), row.number("longitude").orElse(null),
        known(row, "attacktype1_txt"), known(row, "targtype1_txt"), row.get("gname").orElse(null),
        row.integer("nkill").orElse(null), row.integer("nwound").orElse(null)));
  }

  private static @Nullable String known(CsvRow row, String column) {
    return row.get(column).filter(v -> !v.equalsIgnoreCase("unknown")).orElse(null);
  }
}
