package org.vigil.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Finds dates in text: calendar dates in the usual news forms ("3 January 2024", "Jan. 3",
 * "3 JAN 90", "in January", "in 2019") and relative ones ("yesterday", "on Tuesday", "last
 * month", "last year", and the forms of follow-up reports in {@link RelativeDates}), resolved
 * against the publication date. A date without a year is the most recent one not after
 * publication. Without a publication date only dates with a year are resolved. Thread-safe.
 */
final class DateFinder {

  /** Compiled once: the finder is tried at every number of every report. */
  private static final Pattern CENTURY_YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern RECENT_YEAR = Pattern.compile("(19[4-9]\\d|20\\d\\d)");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

  /** Words before "of" that make the month after it a date ("the end of January", "the middle of May"). */
  private static final java.util.Set<String> PART_OF = WordSet.of("end", "beginning", "start", "middle");


  private static final Map<String, Month> MONTHS = WordSet.map(Map.ofEntries(
      Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
      Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
      Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
      Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
      Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
      Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
      Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
      Map.entry("sept", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("december", Month.DECEMBER),
      Map.entry("dec", Month.DECEMBER)));
  /**
   * The words a date may start with besides a number: a month's, or a relative date's ({@link
   * RelativeDates#WORDS}). Any other token starts none, and most tokens are such words: one
   * look-up tells, where each form's tests would read the token a dozen times.
   */
  private static final Set<String> WORD_STARTS = wordStarts();

  private static Set<String> wordStarts() {
    Set<String> words = new HashSet<>(MONTHS.keySet());
    words.addAll(RelativeDates.WORDS);
    return WordSet.of(words.toArray(String[]::new));
  }

  private DateFinder() {}

  static List<DateMention> find(List<Token> t, @Nullable LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      DateMention m = at(t, i, published);
      if (m != null) {
        out.add(m);
        i = m.end() - 1;
      }
    }
    return bounds(t, out);
  }

  /**
   * Two dates written as the bounds of one period ("sometime between January 3 and January 9",
   * "from 3 May to 9 May") are one range, not two days of which the later would stand for the event.
   */
  static List<DateMention> bounds(List<Token> t, List<DateMention> found) {
    List<DateMention> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      DateMention a = found.get(k);
      DateMention b = k + 1 < found.size() ? found.get(k + 1) : null;
      String opens = key(t, a.first() - 1);
      String joins = b == null || b.first() != a.end() + 1 ? "" : key(t, a.end());
      boolean pair = opens.equals("between") && joins.equals("and")
          || opens.equals("from") && (joins.equals("to") || joins.equals("until") || joins.equals("till"));
      DateMention range = pair ? range(t, a.first() - 1, b.end(), a.date(), b.last()) : null;
      if (range == null) {
        out.add(a);
      } else {
        out.add(new DateMention(range.first(), range.end(), range.span(), range.date(), range.last(),
            range.precision(), a.relative() || b.relative()));
        k++;
      }
    }
    return out;
  }

  static @Nullable DateMention at(List<Token> t, int i, @Nullable LocalDate pub) {
    String k = key(t, i);
    Token tok = t.get(i);
    if (tok.kind() != Token.Kind.NUMBER && !WORD_STARTS.contains(k)) {
      return null;
    }
    // ISO 2024-01-03
    if (tok.kind() == Token.Kind.NUMBER && CENTURY_YEAR.matcher(k).matches() && key(t, i + 1).equals("-")
        && TWO_DIGITS.matcher(key(t, i + 2)).matches() && key(t, i + 3).equals("-")
        && TWO_DIGITS.matcher(key(t, i + 4)).matches()) {
      LocalDate d = safe(Integer.parseInt(k), Integer.parseInt(key(t, i + 2)), Integer.parseInt(key(t, i + 4)));
      return d == null ? null : mention(t, i, i + 5, d, DatePrecision.DAY, false);
    }
    // 3 January [2024] / 3 JAN 90
    if (tok.kind() == Token.Kind.NUMBER && DAY.matcher(k).matches() && MONTHS.containsKey(key(t, i + 1))
        && !(key(t, i + 1).equals("may") && !t.get(i + 1).capitalised())) {
      int day = Integer.parseInt(NOT_DIGIT.matcher(k).replaceAll(""));
      Month m = MONTHS.get(key(t, i + 1));
      int end = skipDot(t, i + 2);
      Integer year = year(t, end);
      if (year != null) {
        return mention(t, i, end + 1 + (key(t, end).equals(",") ? 1 : 0), safe(year, m.getValue(), day), DatePrecision.DAY, false);
      }
      return pub == null ? null : mention(t, i, end, recent(pub, m, day), DatePrecision.DAY, false);
    }
    if (MONTHS.containsKey(k) && (t.get(i).capitalised()) && !(k.equals("may") && !t.get(i).allCaps() && !capitalisedMid(t, i))) {
      Month m = MONTHS.get(k);
      int j = skipDot(t, i + 1);
      // January 3[, 2024]
      if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && DAY.matcher(key(t, j)).matches()) {
        int day = Integer.parseInt(NOT_DIGIT.matcher(key(t, j)).replaceAll(""));
        int after = j + 1;
        if (key(t, after).equals(",")) {
          Integer year = year(t, after + 1);
          if (year != null) {
            return mention(t, i, after + 2, safe(year, m.getValue(), day), DatePrecision.DAY, false);
          }
        }
        Integer year = year(t, after);
        if (year != null) {
          return mention(t, i, after + 1, safe(year, m.getValue(), day), DatePrecision.DAY, false);
        }
        return pub == null ? null : mention(t, i, after, recent(pub, m, day), DatePrecision.DAY, false);
      }
      // January 2024 / in January
      Integer year = year(t, j);
      if (year != null) {
        return mention(t, i, j + 1, LocalDate.of(year, m, 1), DatePrecision.MONTH, false);
      }
      boolean in = i > 0 && (key(t, i - 1).equals("in") || key(t, i - 1).equals("since")
          || key(t, i - 1).equals("early") || key(t, i - 1).equals("late") || key(t, i - 1).equals("mid")
          || key(t, i - 1).equals("during")
          || key(t, i - 1).equals("of") && PART_OF.contains(key(t, i - 2))); // "at the end of January"
      // "the May ambush", "February's bombing": a month named as the event's
      boolean named = key(t, i - 1).equals("the") && j < t.size() && t.get(j).isWord() && !t.get(j).capitalised()
          || key(t, j).equals("'") && key(t, j + 1).equals("s");
      if ((in && k.length() > 3 || named && (k.length() > 3 || k.equals("may"))) && pub != null) {
        YearMonth ym = YearMonth.of(pub.getYear(), m);
        if (ym.isAfter(YearMonth.from(pub))) {
          ym = ym.minusYears(1);
        }
        return mention(t, i, j, ym.atDay(1), DatePrecision.MONTH, false);
      }
      return null;
    }
    // in 2019, the 2016 siege, a 2022 truck bombing
    if (tok.kind() == Token.Kind.NUMBER && RECENT_YEAR.matcher(k).matches() && i > 0 && (key(t, i - 1).equals("in")
        || key(t, i - 1).equals("since") || key(t, i - 1).equals("of") || (key(t, i - 1).equals("the")
        || key(t, i - 1).equals("a")) && i + 1 < t.size() && t.get(i + 1).isWord())) {
      int y = Integer.parseInt(k);
      if (pub == null || y <= pub.getYear()) {
        return mention(t, i, i + 1, LocalDate.of(y, 1, 1), DatePrecision.YEAR, false);
      }
      return null;
    }
    if (pub == null) {
      return null;
    }
    return RelativeDates.at(t, i, pub);
  }

  private static LocalDate recent(LocalDate pub, Month m, int day) {
    LocalDate d = safe(pub.getYear(), m.getValue(), day);
    if (d == null) {
      d = LocalDate.of(pub.getYear(), m, 1);
    }
    // a date a few days after publication is a forward reference in the same year
    return d.isAfter(pub.plusDays(7)) ? d.minusYears(1) : d;
  }

  private static @Nullable Integer year(List<Token> t, int i) {
    String k = key(t, i);
    if (i < t.size() && t.get(i).kind() == Token.Kind.NUMBER) {
      if (CENTURY_YEAR.matcher(k).matches()) {
        return Integer.parseInt(k);
      }
      if (TWO_DIGITS.matcher(k).matches() && t.get(i - 1).allCaps()) {
        int y = Integer.parseInt(k);
        return y > 30 ? 1900 + y : 2000 + y;
      }
    }
    return null;
  }

  private static boolean capitalisedMid(List<Token> t, int i) {
    return i > 0 && !key(t, i - 1).equals(".");
  }

  private static int skipDot(List<Token> t, int i) {
    return key(t, i).equals(".") ? i + 1 : i;
  }

  private static @Nullable LocalDate safe(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static @Nullable DateMention mention(List<Token> t, int first, int end, @Nullable LocalDate d,
      DatePrecision p, boolean relative) {
    if (d == null || end > t.size()) {
      return null;
    }
    int start = first;
    if (relative && first > 0 && key(t, first - 1).equals("on")) {
      start = first - 1;
    }
    LocalDate last = switch (p) {
      case MONTH -> YearMonth.from(d).atEndOfMonth();
      case YEAR -> LocalDate.of(d.getYear(), 12, 31);
      default -> d;
    };
    return new DateMention(start, end, new Span(t.get(start).start(), t.get(end - 1).end()), d, last, p, relative);
  }

  /** The days {@code from} to {@code to} written by tokens {@code first..end}: a day when they are equal, else a range. */
  static @Nullable DateMention range(List<Token> t, int first, int end, LocalDate from, LocalDate to) {
    if (end > t.size() || first < 0 || to.isBefore(from)) {
      return null;
    }
    DatePrecision p = from.equals(to) ? DatePrecision.DAY : DatePrecision.RANGE;
    return new DateMention(first, end, new Span(t.get(first).start(), t.get(end - 1).end()), from, to, p, true);
  }

  static @Nullable DateMention month(List<Token> t, int first, int end, YearMonth ym) {
    return mention(t, first, end, ym.atDay(1), DatePrecision.MONTH, true);
  }

  static @Nullable DateMention year(List<Token> t, int first, int end, int year) {
    return mention(t, first, end, LocalDate.of(year, 1, 1), DatePrecision.YEAR, true);
  }

  private static String key(List<Token> t, int i) {
    return i >= 0 && i < t.size() ? t.get(i).key() : "";
  }
}
