package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.store.IncidentRow;

/**
 * What matching compares, read from an incident's JSON or from a stored row.
 *
 * @param start first day the date can stand for; null when undated
 * @param end last day the date can stand for
 * @param words the distinctive words of the site, targets and named victims ({@link SiteWords})
 */
record Facts(String type, String status, @Nullable LocalDate start, @Nullable LocalDate end, String datePrecision,
    @Nullable String country, @Nullable String place, @Nullable String site, @Nullable Double lat, @Nullable Double lon, String placePrecision,
    @Nullable String groupId, @Nullable Integer killed, Set<String> words) {

  Facts {
    words = Set.copyOf(words);
  }

  static Facts of(IncidentRow r) {
    return new Facts(r.type(), r.status(), r.dateStart() == null ? null : LocalDate.parse(r.dateStart()),
        r.dateEnd() == null ? null : LocalDate.parse(r.dateEnd()),
        r.datePrecision() == null ? "day" : r.datePrecision(), r.countryCode(), r.place(), r.site(), r.lat(), r.lon(),
        r.placePrecision() == null ? "country" : r.placePrecision(), r.groupId(), r.killed(),
        SiteWords.of(RecordMerger.parse(r.recordJson())));
  }

  /** Whether the date is coarser than a few days (a month or a year). */
  boolean coarse() {
    return datePrecision.equals("month") || datePrecision.equals("year");
  }

  /** The range of days an extract-style date {@code {"value","precision"}} stands for; null when absent. */
  static LocalDate @Nullable [] range(@Nullable JsonNode date) {
    if (date == null || date.isNull() || !date.hasNonNull("value")) {
      return null;
    }
    String v = date.get("value").asText();
    try {
      return switch (date.path("precision").asText("day")) {
        case "year" -> new LocalDate[] {LocalDate.of(Integer.parseInt(v), 1, 1), LocalDate.of(Integer.parseInt(v), 12, 31)};
        case "month" -> new LocalDate[] {YearMonth.parse(v).atDay(1), YearMonth.parse(v).atEndOfMonth()};
        case "range" -> new LocalDate[] {LocalDate.parse(v.substring(0, v.indexOf('/'))),
            LocalDate.parse(v.substring(v.indexOf('/') + 1))};
        default -> new LocalDate[] {LocalDate.parse(v), LocalDate.parse(v)};
      };
    } catch (RuntimeException e) {
      return null;
    }
  }
}
