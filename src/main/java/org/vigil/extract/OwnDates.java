package org.vigil.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.WordSet;

/**
 * Dates written onto a trigger's own phrase: "the car bomb attack on 6 December", "the bomb attack on the university
 * at daybreak on 22 July", "last week's attack on the base in Djibo". Such a date says when that event happened,
 * whatever else the sentence recalls ("had been planned since last September") or when it was said. Stateless.
 */
final class OwnDates {

  /** Tokens after the trigger within which its own date may stand: a short phrase of place and time. */
  static final int AFTER = 14;

  /** Words that end the trigger's phrase: a clause or another act begins. */
  private static final Set<String> BREAKS = WordSet.of("which", "who", "that", "when", "after", "before", "since",
      "while", "and", "but", "said", "says", "was", "were", "is", "are", "has", "had", "have", ",", ";", ":", ".");

  private OwnDates() {}

  /**
   * Whether the mention's head trigger is followed, in its own phrase, by a date of one day within
   * {@link Extractor#BACKGROUND_DAYS} of publication ("on 22 July"): the news of these days,
   * not a recollection.
   */
  static boolean recentDay(Doc doc, EventMention m) {
    DateMention d = of(doc, m);
    return d != null && Background.recent(doc, d) && !d.date().isAfter(doc.report.published());
  }

  /** The day, "on" a date, that follows the mention's head trigger in its own phrase, if any. */
  static @Nullable DateMention of(Doc doc, EventMention m) {
    int from = m.head().endToken();
    int to = Math.min(m.end, from + AFTER);
    for (DateMention d : doc.datesIn(from, to)) {
      if (d.precision() == DatePrecision.DAY && !doc.inDateline(d.first()) && startsWithOn(doc, d)
          && phrase(doc, from, d.first())) {
        return d;
      }
    }
    return null;
  }

  private static boolean startsWithOn(Doc doc, DateMention d) {
    return doc.key(d.first()).equals("on") || doc.key(d.first() - 1).equals("on");
  }

  /** Tokens {@code [from, to)} continue the trigger's phrase: no clause, verb of saying or other act between. */
  private static boolean phrase(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (BREAKS.contains(doc.key(k)) || DateChoice.REPORTING.contains(doc.key(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the incident is one event named by a date written onto its trigger and a place
   * finer than a country in its clauses ("the weekend attack on Kurmi market", "last week's attack on the base in
   * Djibo"): follow-up reports refer to an event so, even without a toll or a group.
   */
  static boolean singlesOut(Doc doc, Draft d) {
    if (DateChoice.attached(doc, d) == null) {
      return false;
    }
    for (EventMention m : d.mentions) {
      var place = Places.best(doc, m.first, m.end);
      if (place != null && place.precision() != org.vigil.geo.Precision.COUNTRY) {
        return true; // a country alone does not single out an event ("the offensive last Tuesday" in Iraq)
      }
    }
    return false;
  }
}
