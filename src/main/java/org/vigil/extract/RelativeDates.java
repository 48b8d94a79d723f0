package org.vigil.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Relative dates, resolved against the publication date with the precision they carry: the
 * day's news's ("yesterday", "this morning", "last month", "on Tuesday"), and those that
 * follow-up reports use for an event told before: "the weekend bombing" (the Saturday and
 * Sunday last ended, a range), "last week's attack" (Monday to Sunday of the week before),
 * "earlier this week" (Monday to the publication day), "two days ago" (a day), "three weeks
 * ago" (a range of a week), "two months ago" (a month), "five years ago" (a year). Dates no
 * later than the publication date only. Thread-safe.
 */
final class RelativeDates {

  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

  private static final Map<String, Integer> SMALL = WordSet.map(Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12)));

  private static final Map<String, DayOfWeek> DAYS = WordSet.map(Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY));

  /** Every word other than a number that {@link #at} may read a date from: it reads none from any other. */
  static final Set<String> WORDS = words();

  private static Set<String> words() {
    Set<String> words = new HashSet<>(Set.of("weekend", "last", "this", "past", "day", "yesterday", "today", "tonight",
        "overnight"));
    words.addAll(SMALL.keySet());
    words.addAll(DAYS.keySet());
    return Set.copyOf(words);
  }

  /** Most units back a "N days ago" may reach. */
  private static final int MAX_AGO = 60;

  private RelativeDates() {}

  /**
   * The relative date starting at token {@code i}, if any: a follow-up's form, else "yesterday",
   * "this morning", "last month", "on Tuesday".
   */
  static @Nullable DateMention at(List<Token> t, int i, LocalDate pub) {
    String k = key(t, i);
    String n = key(t, i + 1);
    if (k.equals("weekend")) {
      return weekend(t, i, i, pub, false);
    }
    if ((k.equals("last") || k.equals("this") || k.equals("past")) && n.equals("weekend")) {
      return weekend(t, i, i + 1, pub, k.equals("last"));
    }
    if ((k.equals("last") || k.equals("past")) && n.equals("week")) {
      LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
      return DateFinder.range(t, i, i + 2, monday, monday.plusDays(6));
    }
    if (k.equals("this") && n.equals("week")) {
      int first = key(t, i - 1).equals("earlier") ? i - 1 : i;
      return DateFinder.range(t, first, i + 2, pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub);
    }
    if (k.equals("day") && n.equals("before") && key(t, i + 2).equals("yesterday") && key(t, i - 1).equals("the")) {
      return DateFinder.range(t, i - 1, i + 3, pub.minusDays(2), pub.minusDays(2));
    }
    DateMention ago = ago(t, i, pub);
    return ago != null ? ago : named(t, i, pub);
  }

  /** "yesterday", "tonight", "this morning", "last month", "last year", "last Tuesday", "on Tuesday". */
  private static @Nullable DateMention named(List<Token> t, int i, LocalDate pub) {
    String k = key(t, i);
    String n = key(t, i + 1);
    switch (k) {
      case "yesterday":
        return DateFinder.mention(t, i, i + 1, pub.minusDays(1), DatePrecision.DAY, true);
      case "today", "tonight":
        return DateFinder.mention(t, i, i + 1, pub, DatePrecision.DAY, true);
      case "overnight":
        return DateFinder.mention(t, i, i + 1, pub, DatePrecision.DAY, true);
      case "this":
        if (n.equals("morning") || n.equals("afternoon") || n.equals("evening")) {
          return DateFinder.mention(t, i, i + 2, pub, DatePrecision.DAY, true);
        }
        if (n.equals("month")) {
          return DateFinder.mention(t, i, i + 2, pub.withDayOfMonth(1), DatePrecision.MONTH, true);
        }
        if (n.equals("year")) {
          return DateFinder.mention(t, i, i + 2, pub.withDayOfYear(1), DatePrecision.YEAR, true);
        }
        return null;
      case "last":
        if (n.equals("night") || n.equals("evening")) {
          return DateFinder.mention(t, i, i + 2, pub.minusDays(1), DatePrecision.DAY, true);
        }
        if (n.equals("month")) {
          return DateFinder.mention(t, i, i + 2, pub.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH, true);
        }
        if (n.equals("year")) {
          return DateFinder.mention(t, i, i + 2, pub.minusYears(1).withDayOfYear(1), DatePrecision.YEAR, true);
        }
        if (DAYS.containsKey(n)) {
          return DateFinder.mention(t, i, i + 2, previous(pub.minusDays(1), DAYS.get(n)), DatePrecision.DAY, true);
        }
        return null;
      default:
        if (DAYS.containsKey(k) && t.get(i).capitalised()) {
          return DateFinder.mention(t, i, i + 1, previous(pub, DAYS.get(k)), DatePrecision.DAY, true);
        }
        return null;
    }
  }

  private static LocalDate previous(LocalDate from, DayOfWeek day) {
    LocalDate d = from;
    while (d.getDayOfWeek() != day) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** "the weekend": the weekend of the publication day, else the last one before it ("last weekend" on a weekend: the one before). */
  private static @Nullable DateMention weekend(List<Token> t, int first, int word, LocalDate pub, boolean last) {
    DayOfWeek day = pub.getDayOfWeek();
    boolean inWeekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    LocalDate saturday = inWeekend && !last ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
        : pub.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY)).minusWeeks(inWeekend ? 1 : 0);
    LocalDate sunday = saturday.plusDays(1);
    int end = word + 1;
    if (key(t, end).equals("'") && key(t, end + 1).equals("s")) {
      end += 2;
    }
    return DateFinder.range(t, first, end, saturday, sunday.isAfter(pub) ? pub : sunday);
  }

  /** "two days ago", "a week ago", "three months ago", "five years ago". */
  private static @Nullable DateMention ago(List<Token> t, int i, LocalDate pub) {
    Integer count = SMALL.get(key(t, i));
    if (count == null && t.get(i).kind() == Token.Kind.NUMBER && ONE_OR_TWO_DIGITS.matcher(key(t, i)).matches()) {
      count = Integer.parseInt(key(t, i));
    }
    String unit = key(t, i + 1);
    if (count == null || count <= 0 || count > MAX_AGO || !key(t, i + 2).equals("ago")) {
      return null;
    }
    return switch (unit) {
      case "day", "days" -> DateFinder.range(t, i, i + 3, pub.minusDays(count), pub.minusDays(count));
      case "week", "weeks" -> {
        LocalDate mid = pub.minusWeeks(count);
        LocalDate end = mid.plusDays(3);
        yield DateFinder.range(t, i, i + 3, mid.minusDays(3), end.isAfter(pub) ? pub : end);
      }
      case "month", "months" -> DateFinder.month(t, i, i + 3, YearMonth.from(pub).minusMonths(count));
      case "year", "years" -> DateFinder.year(t, i, i + 3, pub.getYear() - count);
      default -> null;
    };
  }

  private static String key(List<Token> t, int i) {
    return i >= 0 && i < t.size() ? t.get(i).key() : "";
  }
}
