package org.vigil.report;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date for a report file that carries none in its format (plain text, HTML
 * without metadata): the date of its dateline ("KABUL, March 22, 2024 (Wire) - ...", a first
 * line holding only a date), else a date in its file name ("2024-03-22-kabul.txt"). Only full
 * dates with a four-digit year count. Thread-safe (no state).
 */
public final class PublicationDates {

  /** A date found and where: {@code "its dateline"} or {@code "its file name"}. */
  public record Found(LocalDate date, String where) {}

  /** Longest dateline read, in characters, up to the dash that ends it. */
  static final int MAX_DATELINE = 150;

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DATE = Pattern.compile("(?i)\\b(?:" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
      + "|(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b");
  private static final Pattern FILE_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-_]?(\\d{2})[-_]?(\\d{2})(?!\\d)");
  /** What may come before a dateline's date: nothing, or place names ending in a comma ("KABUL, Afghanistan,"). */
  private static final Pattern PLACES = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’ -]*(?:,\\s*\\p{Lu}[\\p{L}.'’ -]*)*,\\s*)?");
  private static final Pattern DATELINE_END = Pattern.compile("\\s[-\u2013\u2014]{1,2}\\s|\\n");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private PublicationDates() {}

  /** The date of the text's dateline, else of the file name; empty when neither gives one. */
  public static Optional<Found> find(String fileName, String text) {
    return dateline(text).map(d -> new Found(d, "its dateline"))
        .or(() -> fromName(fileName).map(d -> new Found(d, "its file name")));
  }

  /** The date in the text's dateline: before the dash that ends it, or a first line of its own. */
  static Optional<LocalDate> dateline(String text) {
    String head = text.stripLeading();
    Matcher end = DATELINE_END.matcher(head);
    if (!end.find() || end.start() > MAX_DATELINE) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(head.substring(0, end.start()));
    if (!m.find() || !PLACES.matcher(head.substring(0, m.start())).matches()) {
      return Optional.empty();
    }
    if (m.group(7) != null) {
      return date(m.group(7), m.group(8), m.group(9));
    }
    boolean monthFirst = m.group(1) != null;
    String month = monthFirst ? m.group(1) : m.group(5);
    return date(monthFirst ? m.group(3) : m.group(6),
        String.valueOf(MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT))), monthFirst ? m.group(2) : m.group(4));
  }

  /** A date written YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD in the file's name (not its directories). */
  static Optional<LocalDate> fromName(String fileName) {
    Path name = Path.of(fileName).getFileName();
    Matcher m = FILE_DATE.matcher(name == null ? fileName : name.toString());
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
