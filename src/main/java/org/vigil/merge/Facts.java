package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigil.store.IncidentRow;

/**
 * What matching compares, read from an incident's JSON or from a stored row.
 *
 * @param start first day the date can stand for; null when undated
 * @param end last day the date can stand for
 * @param admin1 the province, state or region (lower case), if known
 * @param words the distinctive words of the site, targets and named victims ({@link SiteWords})
 * @param targets the kinds of target ("police", "private_citizens"); "people" tells no kind (a first
 *     report's "12 people" may be the police officers of the next) and is left out, and so is a dataset's
 *     "Unknown" (the coder did not know what was hit: it is no kind "other" that a report's car shares)
 * @param dateFromWords the date was read from words of the event, not taken from the report's date
 * @param groupIds the registry ids of every named perpetrator group (the first is {@code groupId})
 * @param towns the names of the town, village or quarter the incident is placed at ({@link Places#towns})
 * @param keptIn for a place kept as written at its container's coordinates (no gazetteer holds it), the
 *     container's name key ({@link Places#key}); null when the place itself was found
 * @param series the report tells the incident was one of several of its kind (evidence of field {@code series})
 * @param names the proper names of the site and targets ({@link Names#of})
 * @param update the report updates a toll given before ("the toll from the shelling has risen to two", "three more
 *     died"): it tells of an earlier event, whatever day it names
 * @param reportDated the date is the report's own (its dateline's or publication day: nothing in its words says when),
 *     so the event happened that day or before; false for a date read from words and for a dataset's coded date
 */
record Facts(String type, String status, @Nullable LocalDate start, @Nullable LocalDate end, String datePrecision,
    @Nullable String country, @Nullable String admin1, @Nullable String place, @Nullable String site,
    @Nullable Double lat, @Nullable Double lon, String placePrecision, @Nullable String groupId,
    @Nullable Integer killed, @Nullable Integer wounded, Set<String> words, Set<String> targets,
    boolean dateFromWords, Set<String> groupIds, Set<String> towns, @Nullable String keptIn, boolean series,
    Set<String> names, boolean update, boolean reportDated) {

  Facts {
    words = Set.copyOf(words);
    targets = Set.copyOf(targets);
    groupIds = Set.copyOf(groupIds);
    towns = Set.copyOf(towns);
    names = Set.copyOf(names);
  }

  /** The targets that tell no kind of target: anyone, or what a coder did not know. */
  private static final Set<String> NO_KIND = Set.of("people", "unknown");

  /** The facts of a stored row; {@code groupIds} gives the registry ids of a record's named groups. */
  static Facts of(IncidentRow r, Function<JsonNode, Set<String>> groupIds) {
    return of(r, RecordMerger.parse(r.recordJson()), groupIds);
  }

  /** The facts of a row whose record, {@code record}, is at hand already. */
  static Facts of(IncidentRow r, JsonNode record, Function<JsonNode, Set<String>> groupIds) {
    String admin1 = record.path("location").path("admin1").asText("");
    Set<String> targets = new HashSet<>();
    record.path("targets").forEach(t -> {
      if (!NO_KIND.contains(t.path("text").asText("").toLowerCase(Locale.ROOT))) {
        targets.add(t.path("type").asText());
      }
    });
    return new Facts(r.type(), r.status(), r.dateStart() == null ? null : LocalDate.parse(r.dateStart()),
        r.dateEnd() == null ? null : LocalDate.parse(r.dateEnd()),
        r.datePrecision() == null ? "day" : r.datePrecision(), r.countryCode(),
        admin1.isBlank() ? null : fold(admin1), r.place(), r.site(), r.lat(), r.lon(),
        r.placePrecision() == null ? "country" : r.placePrecision(), r.groupId(), r.killed(), r.wounded(),
        SiteWords.of(record), targets, record.path("date").hasNonNull("text"), groupIds.apply(record),
        Places.towns(record.path("location")), Places.container(record.path("location")), series(record),
        Names.of(record), update(record), reportDated(record));
  }

  /**
   * Whether the date is a report's own: no words of the event say when, and the incident was extracted from text (it
   * cites its evidence; a dataset's record cites none, its date is the event's).
   */
  private static boolean reportDated(JsonNode record) {
    return !record.path("date").hasNonNull("text") && !record.path("evidence").isEmpty();
  }

  /** Whether the record holds a toll update: deaths added to an earlier toll, or a toll stated as such ("toll ... risen to"). */
  private static boolean update(JsonNode record) {
    if (record.path("casualties").hasNonNull("killedAdded")) {
      return true;
    }
    for (JsonNode e : record.path("evidence")) {
      String text = e.path("text").asText("").toLowerCase(Locale.ROOT);
      if (e.path("field").asText().equals("casualties.killed") && (text.startsWith("toll ") || text.startsWith("number of"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the record's evidence tells the incident was one of a series ("one of three coordinated attacks"). */
  private static boolean series(JsonNode record) {
    for (JsonNode e : record.path("evidence")) {
      if (e.path("field").asText().equals("series")) {
        return true;
      }
    }
    return false;
  }

  /** A name as compared: lower case, without accents, apostrophes or hyphens ("Ma'rib" is "marib"). */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}|['\u2019]", "")
        .replace('-', ' ').strip().toLowerCase(Locale.ROOT);
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
