package org.vigil.extract;

import java.time.LocalDate;
import org.vigil.text.Span;

/**
 * A date written in the text, resolved against the publication date.
 *
 * @param relative true for "yesterday", "on Tuesday", "last month"; false for calendar dates
 */
record DateMention(int first, int end, Span span, LocalDate date, DatePrecision precision,
    boolean relative) {

  IncidentDate toIncidentDate(String text) {
    return IncidentDate.of(date, precision, span.of(text));
  }
}
