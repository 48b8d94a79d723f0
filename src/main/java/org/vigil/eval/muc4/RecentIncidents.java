package org.vigil.eval.muc4;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentDate;

/**
 * Which of the engine's incidents a MUC-4 message reports, by the task definition's rule of
 * recency (template-doc-part1, section 1.0, criterion 6): an incident belongs in the database when
 * it occurred within two months of the article's date, or when no indication says it is not
 * recent or told only as historical context ("Let us recall that ..."). The engine's own news
 * counts; an incident the engine takes for a recollection counts too when the message states its
 * date and that date falls within the two months, since for MUC-4 it is then recent whatever the
 * wording. A recollection with no stated date, or an older one, does not. Stateless.
 */
public final class RecentIncidents {

  /** How far back before the message date an incident is still recent: two months. */
  public static final int MONTHS = 2;

  private RecentIncidents() {}

  /** The incidents of {@code all} that the message reports as recent; {@code published} is its date, if known. */
  public static List<Incident> of(List<Incident> all, @Nullable LocalDate published) {
    return all.stream().filter(i -> !i.background() || recent(i.date(), published)).toList();
  }

  private static boolean recent(@Nullable IncidentDate date, @Nullable LocalDate published) {
    return date != null && date.text() != null && published != null
        && !date.end().isBefore(published.minusMonths(MONTHS)) && !date.start().isAfter(published);
  }
}
