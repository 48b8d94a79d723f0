package org.vigil.eval.acled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.CsvRow;

/**
 * One ACLED event, with the columns Vigil is scored on.
 *
 * @param id {@code event_id_cnty}, or the row's line when there is none
 * @param text the {@code notes}
 * @param date {@code event_date} (ISO or "15 January 2023"); null when unreadable
 */
public record AcledRecord(String id, String text, @Nullable LocalDate date, @Nullable String eventType,
    @Nullable String subEventType, @Nullable String actor1, @Nullable String actor2,
    @Nullable String country, @Nullable String location, @Nullable Double latitude,
    @Nullable Double longitude, @Nullable Integer fatalities) {

  private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH));

  public AcledRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The record of a CSV row, or empty when it has no notes to read. */
  public static Optional<AcledRecord> of(CsvRow row) {
    Optional<String> notes = row.get("notes");
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AcledRecord(row.get("event_id_cnty").orElse("line " + row.line()), notes.get(),
        row.get("event_date").map(AcledRecord::date).orElse(null), row.get("event_type").orElse(null),
        row.get("sub_event_type").orElse(null), row.get("actor1").orElse(null), row.get("actor2").orElse(null),
        row.get("country").orElse(null), row.get("location").orElse(null), row.number("latitude").orElse(null),
        row.number("longitude").orElse(null), row.integer("fatalities").orElse(null)));
  }

  private static @Nullable LocalDate date(String v) {
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next layout
      }
    }
    return null;
  }
}
