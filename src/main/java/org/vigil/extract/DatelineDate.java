package org.vigil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Token;

/**
 * Where a report's dateline ends, and the day it gives ("SAN SALVADOR, 3 JAN 90 --"), which anchors the relative
 * dates of a report without a publication date: the first date of a day that {@link DateFinder}
 * finds, without one, starting in the dateline. Only the dateline and the dates that could join
 * one of its own into a range are read, not the whole report. Stateless; thread-safe.
 */
final class DatelineDate {

  private DatelineDate() {}

  /** The dateline's day, or null when the report has no dateline or it gives no day. */
  static @Nullable LocalDate of(List<Token> t) {
    int end = end(t);
    for (DateMention d : end == 0 ? List.<DateMention>of() : datesFrom(t, end)) {
      if (d.first() < end && d.precision() == DatePrecision.DAY) {
        return d.date();
      }
    }
    return null;
  }

  /**
   * The dateline's day ("MOGADISHU, March 14 -"), else the publication date; without words either
   * way (the date is the report's, not the event's), the dateline's as evidence. Null if neither.
   */
  static @Nullable IncidentDate reportDay(Doc doc, List<Evidence> evidence, EvidenceMaker ev) {
    for (DateMention m : doc.dates) {
      if (!doc.inDateline(m.first())) {
        break; // dates come in text order, the dateline's first
      }
      if (m.precision() == DatePrecision.DAY) {
        evidence.add(ev.of("date", m.span()));
        return IncidentDate.of(m.date(), DatePrecision.DAY, null);
      }
    }
    LocalDate pub = doc.report.published();
    return pub == null ? null : IncidentDate.of(pub, DatePrecision.DAY, null);
  }

  /**
   * Whether a date written in the report starts more than {@value #LATER_DAYS} day after the report's own day (its
   * publication or dateline date): no event the report tells of as done happened then. A day is allowed for a report
   * filed late in the evening of a place behind the event's.
   */
  static boolean afterReport(Doc doc, DateMention m) {
    LocalDate day = doc.report.published();
    return day != null && m.date().isAfter(day.plusDays(LATER_DAYS));
  }

  /** Days a date may follow the report's day and still be an event's it tells of as done. */
  static final int LATER_DAYS = 1;

  /**
   * The dates of {@link DateFinder#find} without a publication date that start before token
   * {@code before}, and perhaps some after: the search stops past {@code before} once no date
   * found could still be joined into a range with one starting where it stands.
   */
  private static List<DateMention> datesFrom(List<Token> t, int before) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      DateMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (i > before && (last == null || last.first() > before || i > last.end() + 1)) {
        break;
      }
      DateMention m = DateFinder.at(t, i, null);
      if (m != null) {
        out.add(m);
        i = m.end() - 1;
      }
    }
    return DateFinder.bounds(t, out);
  }

  /**
   * The dateline: capitalised place words, a comma or bracket, then a dash standing apart
   * ("QOM, Iran (Example Wire) -", "SAN SALVADOR, 3 JAN 90 --"), within the first tokens.
   */
  static int end(List<Token> tokens) {
    boolean separator = false;
    boolean capitals = true; // "KYIV - ": a city in capitals alone before the dash is a dateline too
    for (int i = 0; i < Math.min(tokens.size(), 20); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (k.equals(",") || k.equals("(") || k.equals("[")) {
        separator = true;
      } else if (!separator && t.isWord() && !t.capitalised()) {
        return 0;
      }
      capitals &= !t.isWord() || t.raw().length() > 1 && t.raw().equals(t.raw().toUpperCase(java.util.Locale.ROOT));
      boolean apart = i > 0 && t.start() > tokens.get(i - 1).end();
      if (k.equals("-") && apart) {
        return separator || capitals ? (i + 1 < tokens.size() && tokens.get(i + 1).key().equals("-") ? i + 2 : i + 1) : 0;
      }
      if (k.equals(".") && !separator) {
        return 0;
      }
    }
    return 0;
  }
}
