package org.vigil.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether an incident is old news by its own date: a date whose year the text writes ("the train
 * bombings of March 11, 2004") and that ended more than {@link #OLD_DAYS} days before the report
 * was published is recalled, whatever the report's words around it ("gathered on Monday to
 * remember"). A date without a written year is never old by this rule: it was read relative to
 * the publication date. Stateless.
 */
final class Recency {

  /** How long before publication an incident with a written year is a recollection, not news. */
  static final int OLD_DAYS = 366;
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

  private Recency() {}

  static boolean old(@Nullable IncidentDate date, @Nullable LocalDate published) {
    if (date == null || published == null || date.text() == null || !YEAR.matcher(date.text()).find()) {
      return false;
    }
    try {
      return date.end().isBefore(published.minusDays(OLD_DAYS));
    } catch (RuntimeException e) {
      return false; // a value in another form says nothing of its age
    }
  }
}
