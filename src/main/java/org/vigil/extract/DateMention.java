package org.vigil.extract;

import java.time.LocalDate;
import org.vigil.text.Span;

/**
 * A date written in the text, resolved against the publication date.
 *
 * @param date the first day it can stand for
 * @param last the last day it can stand for (the end of the weekend, month or year)
 * @param relative true for "yesterday", "on Tuesday", "last month"; false for calendar dates
 */
record DateMention(int first, int end, Span span, LocalDate date, LocalDate last, DatePrecision precision,
    boolean relative) {

  DateMention {
    if (last.isBefore(date)) {
      throw new IllegalArgumentException("date mention ends " + last + " before it starts " + date);
    }
  }

  IncidentDate toIncidentDate(String text) {
    return precision == DatePrecision.RANGE ? IncidentDate.range(date, last, span.of(text))
        : IncidentDate.of(date, precision, span.of(text));
  }
}
