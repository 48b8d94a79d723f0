package org.vigil.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Tells the report's own news from incidents it only recalls: a recalling cue before the
 * trigger ("was behind the twin bombings", "since the 2016 attack"), a recalling time in the
 * clause ("last year", "years ago"), or a date well before publication while another incident
 * is the news. A mention cut from the same sentence as a recalled one is recalled too.
 */
final class Background {

  private Background() {}

  static void classify(Doc doc, List<Draft> drafts) {
    LocalDate pub = doc.report.published();
    for (Draft d : drafts) {
      EventMention m = d.first();
      d.background = recalled(doc, m) || (pub != null && old(doc, m, pub));
    }
    for (int i = 1; i < drafts.size(); i++) {
      Draft prev = drafts.get(i - 1);
      Draft d = drafts.get(i);
      if (!d.background && prev.background && prev.first().sentence == d.first().sentence
          && d.first().first > prev.first().first && dateIn(doc, d.first()) == null) {
        d.background = true;
      }
    }
    if (drafts.stream().allMatch(d -> d.background) && pub != null) {
      // the news itself may be old news: keep the recalled flag only where a cue says so
      for (Draft d : drafts) {
        EventMention m = d.first();
        boolean cue = doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "bgbefore")
            || doc.has(m.first, m.end, "cue", "bgtime");
        if (!cue && dateIn(doc, m) == null) {
          d.background = false;
        }
      }
    }
  }

  /** Cue-based: "was behind the bombing", "last year", "has carried out". */
  static boolean recalled(Doc doc, EventMention m) {
    return doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "bgbefore")
        || doc.has(m.first, m.end, "cue", "bgtime");
  }

  /** Recalled by a cue, or dated well before publication. */
  static boolean past(Doc doc, EventMention m) {
    LocalDate pub = doc.report.published();
    return recalled(doc, m) || pub != null && old(doc, m, pub);
  }

  private static boolean old(Doc doc, EventMention m, LocalDate pub) {
    DateMention date = dateIn(doc, m);
    if (date == null) {
      return false;
    }
    return switch (date.precision()) {
      case DAY -> date.date().isBefore(pub.minusDays(Extractor.BACKGROUND_DAYS));
      case MONTH -> java.time.YearMonth.from(date.date()).isBefore(java.time.YearMonth.from(pub)); // "last month"
      case YEAR -> date.date().getYear() < pub.getYear();
    };
  }

  static DateMention dateIn(Doc doc, EventMention m) {
    for (DateMention d : doc.datesIn(m.first, m.end)) {
      if (!doc.inDateline(d.first())) {
        return d;
      }
    }
    return null;
  }
}
