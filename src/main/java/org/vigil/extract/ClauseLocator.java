package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;

/**
 * Where: the most specific place in the incident's clauses; failing a place finer than a
 * country, its whole sentences, then (for the report's own news) the sentences that extend it
 * and the dateline. A recalled incident only looks beyond its clauses when they name no place
 * at all, and only in a sentence it has to itself.
 */
final class ClauseLocator implements IncidentLocator {

  static final ClauseLocator INSTANCE = new ClauseLocator();

  private ClauseLocator() {}

  @Override
  public @Nullable ResolvedPlace locate(Doc doc, Draft d) {
    List<int[]> clauses = d.ranges(doc, false);
    ResolvedPlace p = bestIn(doc, clauses, null);
    if (vague(p)) {
      for (EventMention m : d.mentions) {
        boolean whole = m.end - m.first == doc.sentenceEnd(m.sentence) - doc.sentenceFirst(m.sentence);
        ResolvedPlace c = Places.best(doc, doc.sentenceFirst(m.sentence), doc.sentenceEnd(m.sentence));
        if (!d.background) {
          p = better(doc, p, c);
        } else if (whole && p == null) {
          p = c;
        }
      }
    }
    if (!d.background && vague(p)) {
      p = bestIn(doc, d.ranges(doc, true), p);
      ResolvedPlace dateline = Places.dateline(doc);
      if (vague(p) && dateline != null && (p == null || dateline.countryCode() != null
          && dateline.countryCode().equals(p.countryCode()))) {
        p = dateline;
      }
    }
    return p;
  }

  private static boolean vague(@Nullable ResolvedPlace p) {
    return p == null || p.precision() == Precision.COUNTRY;
  }

  private static @Nullable ResolvedPlace bestIn(Doc doc, List<int[]> ranges, @Nullable ResolvedPlace p) {
    for (int[] r : ranges) {
      p = better(doc, p, Places.best(doc, r[0], r[1]));
    }
    return p;
  }

  private static @Nullable ResolvedPlace better(Doc doc, @Nullable ResolvedPlace p, @Nullable ResolvedPlace c) {
    return c != null && (p == null || Places.rank(doc, c) < Places.rank(doc, p)) ? c : p;
  }
}
