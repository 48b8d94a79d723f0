package org.vigil.eval.muc4;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a MUC message file into messages. A message starts at a line beginning with its id
 * ({@code DEV-MUC3-0001 (NOSC)}, {@code TST1-MUC3-0001}) and runs to the next one. Stateless.
 */
public final class MessageReader {

  /** Longest message text kept, in characters; longer ones are cut. */
  public static final int MAX_MESSAGE_CHARS = 200_000;

  private static final Pattern HEADER =
      Pattern.compile("(?m)^((?:DEV|TST\\d+)-MUC\\d+-\\d+)\\b[^\\n]*\\n");
  private static final Pattern DATELINE = Pattern.compile(
      "\\b(\\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*(?: (\\d{2}|\\d{4}))?\\b"
      + "|\\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]* (\\d{1,2}),? (\\d{2}|\\d{4})\\b");
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  /** How far into a message the dateline is looked for. */
  private static final int DATELINE_CHARS = 300;

  private MessageReader() {}

  /** The messages of one file's content, in order. */
  public static List<MucMessage> parse(String content) {
    List<MucMessage> out = new ArrayList<>();
    Matcher m = HEADER.matcher(content);
    String id = null;
    int start = 0;
    int year = 0;
    while (m.find()) {
      if (id != null) {
        out.add(message(id, content.substring(start, m.start()), year));
        year = lastYear(out, year);
      }
      id = m.group(1);
      start = m.end();
    }
    if (id != null) {
      out.add(message(id, content.substring(start), year));
    }
    return out;
  }

  private static int lastYear(List<MucMessage> out, int year) {
    LocalDate d = out.get(out.size() - 1).published();
    return d == null ? year : d.getYear();
  }

  private static MucMessage message(String id, String body, int year) {
    String text = body.length() > MAX_MESSAGE_CHARS ? body.substring(0, MAX_MESSAGE_CHARS) : body;
    return new MucMessage(id.toUpperCase(Locale.ROOT), text.strip(), dateline(text, year));
  }

  /** The dateline's date with no year known from earlier messages; see {@link #dateline(String, int)}. */
  static @Nullable LocalDate dateline(String text) {
    return dateline(text, 0);
  }

  /**
   * The first date in the message's opening characters ("3 JAN 90", "JUNE 11 89"), two-digit
   * years taken as 19xx; a date without a year ("7 FEB (REUTER)") takes {@code year}, the
   * previous message's, when that is known (not 0). Null for "NO DATE".
   */
  static @Nullable LocalDate dateline(String text, int year) {
    Matcher d = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_CHARS)));
    if (!d.find()) {
      return null;
    }
    boolean dayFirst = d.group(2) != null;
    String y = dayFirst ? d.group(3) : d.group(6);
    int yr = y == null ? year : Integer.parseInt(y);
    if (yr == 0) {
      return null;
    }
    yr = yr < 100 ? 1900 + yr : yr;
    int month = MONTHS.indexOf(dayFirst ? d.group(2) : d.group(4)) / 3 + 1;
    try {
      return LocalDate.of(yr, month, Integer.parseInt(dayFirst ? d.group(1) : d.group(5)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
