package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;

/**
 * Joins the pieces of one recalled incident. A report about a verdict, a memorial or a release
 * tells the old attack over several sentences ("Gunmen stormed the cafe on July 1, 2016, and held
 * diners hostage overnight. Twenty hostages were killed. Five of the gunmen were shot dead when
 * commandos stormed the cafe"), which the grouping of mentions, made for news, cuts into several
 * incidents. Consecutive recalled incidents of kinds one attack carries together, close in the
 * text, whose dates and places do not disagree, are one. Thread-safe.
 */
final class Recollections {

  /** Places further apart than this are different incidents' places. */
  static final double SAME_PLACE_KM = 40;

  private Recollections() {}

  /** Folds each recalled draft into the recalled draft just before it when they tell one incident. */
  static void join(Doc doc, List<Draft> drafts) {
    for (int i = drafts.size() - 1; i >= 1; i--) {
      Draft prev = drafts.get(i - 1);
      Draft d = drafts.get(i);
      if (prev.background && d.background && oneIncident(doc, prev, d)) {
        for (EventMention m : d.mentions) {
          prev.add(m);
        }
        prev.extensions.addAll(d.extensions);
        drafts.remove(i);
      }
    }
  }

  private static boolean oneIncident(Doc doc, Draft a, Draft b) {
    EventMention first = b.first();
    return a.arrestFamily() == b.arrestFamily() && Coreference.compatible(a.type(), b.type())
        && first.sentence - a.lastSentence() <= Coreference.MAX_EXTENSION + 1
        && !doc.has(doc.sentenceFirst(first.sentence), first.head().firstToken(), "cue", "separate")
        && !datesDisagree(doc, a, b) && !placesDisagree(doc, a, b);
  }

  /** Both dated, and a day or more apart when each is read as the span it names (2016 holds July 1, 2016). */
  private static boolean datesDisagree(Doc doc, Draft a, Draft b) {
    DateMention x = date(doc, a);
    DateMention y = date(doc, b);
    return x != null && y != null
        && (x.last().plusDays(1).isBefore(y.date()) || y.last().plusDays(1).isBefore(x.date()));
  }

  private static @Nullable DateMention date(Doc doc, Draft d) {
    for (EventMention m : d.mentions) {
      for (DateMention x : doc.datesIn(m.first, m.end)) {
        if (!doc.inDateline(x.first()) && !Background.recent(doc, x)) {
          return x;
        }
      }
    }
    return null;
  }

  private static boolean placesDisagree(Doc doc, Draft a, Draft b) {
    for (EventMention m : a.mentions) {
      ResolvedPlace p = Places.best(doc, m.first, m.end);
      for (EventMention n : p == null ? List.<EventMention>of() : b.mentions) {
        ResolvedPlace q = Places.best(doc, n.first, n.end);
        if (q != null && Places.distanceKm(p, q) > SAME_PLACE_KM) {
          return true;
        }
      }
    }
    return false;
  }
}
