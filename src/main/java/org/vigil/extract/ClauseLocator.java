package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;

/**
 * Where: the most specific place in the incident's clauses, those that tell of a series it was one
 * of ("one of three attacks in Kandahar") only when the others name none; failing a place finer than a
 * country, its whole sentences, then (for the report's own news) the sentences that extend it,
 * the dateline, and the sentence just before it, then just after it, if no other incident
 * speaks in it ("Militants attacked a checkpoint in Halwan, Diyala. One soldier was killed."), and
 * last the report's main country. A recalled incident only looks beyond its clauses when they
 * name no place at all, and only in a sentence it has to itself.
 */
final class ClauseLocator implements IncidentLocator {

  static final ClauseLocator INSTANCE = new ClauseLocator();

  /** How many sentences before and after its own an incident without a place looks into. */
  static final int NEARBY_SENTENCES = 1;

  private ClauseLocator() {}

  @Override
  public @Nullable ResolvedPlace locate(Doc doc, Draft d, List<Draft> all) {
    ResolvedPlace onTrigger = attached(doc, d);
    if (onTrigger != null) {
      return onTrigger;
    }
    List<int[]> clauses = d.ranges(doc, false);
    // "one of three attacks in Kandahar on this date": where the series happened, not this attack, when it is placed
    ResolvedPlace p = bestIn(doc, clauses.stream().filter(r -> SeriesMentions.find(doc, List.of(r)).isEmpty())
        .toList(), null);
    p = vague(p) ? bestIn(doc, clauses, p) : p;
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
    if (d.background && p != null && nationalityAbroad(doc, p)) {
      // "the kidnapping of 20 people, including three Americans": whose they were, not where
      ResolvedPlace main = mainCountry(doc);
      p = main != null ? main : p;
    }
    if (!d.background && vague(p)) {
      p = bestIn(doc, d.ranges(doc, true), p);
      Draft before = vague(p) ? Sequels.previous(doc, d, all) : null;
      p = before == null ? p : better(doc, p, locate(doc, before, all)); // "Hours later, a second village nearby"
      ResolvedPlace dateline = Places.dateline(doc);
      if (vague(p) && dateline != null && (p == null || dateline.countryCode() != null
          && dateline.countryCode().equals(p.countryCode()) && PlaceWords.sideHolds(doc, p, dateline))) {
        p = dateline;
      }
      if (vague(p)) {
        p = better(doc, p, nearbySentence(doc, d, all));
      }
      if (p == null || nationalityAbroad(doc, p)) {
        ResolvedPlace main = mainCountry(doc);
        p = main != null ? main : p;
      }
    }
    return p;
  }

  /**
   * "the 1998 Omagh bombing", "the Manchester Arena attack": a place (not a nationality) written
   * onto one of the incident's triggers, at most one capitalised word between, is where it happened.
   */
  private static @Nullable ResolvedPlace attached(Doc doc, Draft d) {
    for (EventMention m : d.mentions) {
      for (org.vigil.text.PhraseTrie.Match<Cue> t : m.triggers()) {
        int at = t.firstToken();
        for (ResolvedPlace p : doc.placesIn(Math.max(0, at - 4), at)) {
          int end = doc.tokenAt(p.span().end());
          int first = doc.tokenAt(p.span().start());
          if (!p.relation().equals("demonym") && !doc.inDateline(first) && modified(doc, first - 1) && (end == at
              || end + 1 == at && doc.tokens.get(end).isWord() && doc.tokens.get(end).capitalised())) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /** Whether the word before a place makes it a modifier of the noun after it: "the", "1998", "Saturday's". */
  private static boolean modified(Doc doc, int before) {
    return before >= 0 && (OPENERS.contains(doc.key(before))
        || doc.tokens.get(before).kind() == org.vigil.text.Token.Kind.NUMBER);
  }

  private static final java.util.Set<String> OPENERS = org.vigil.text.WordSet.of("the", "a", "an", "this", "that",
      "last", "s", "'s");

  /**
   * A nationality word of another country than the report's ("three Chinese expatriates were
   * abducted" in a report about Kaduna, Nigeria): it describes people, not where it happened.
   */
  private static boolean nationalityAbroad(Doc doc, ResolvedPlace p) {
    String main = doc.mainCountry();
    return p.relation().equals("demonym") && main != null && !main.equals(p.countryCode());
  }

  /** The best place of the nearest sentence, before then after the incident's, that is no other incident's. */
  private static @Nullable ResolvedPlace nearbySentence(Doc doc, Draft d, List<Draft> all) {
    int first = d.first().sentence;
    int last = d.lastSentence();
    int sentences = doc.sentences.size();
    for (int step = 1; step <= NEARBY_SENTENCES; step++) {
      for (int s : new int[] {first - step, last + step}) {
        if (s < 0 || s >= sentences || spokenByOther(d, all, s)) {
          continue;
        }
        ResolvedPlace p = Places.best(doc, doc.sentenceFirst(s), doc.sentenceEnd(s));
        if (p != null && !vague(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean spokenByOther(Draft d, List<Draft> all, int sentence) {
    for (Draft o : all) {
      if (o != d && o.mentions.stream().anyMatch(m -> m.sentence == sentence)) {
        return true;
      }
    }
    return false;
  }

  /** A country-level place of the report's main country, from any mention of it (a name or a demonym). */
  private static @Nullable ResolvedPlace mainCountry(Doc doc) {
    String cc = doc.mainCountry();
    if (cc == null) {
      return null;
    }
    ResolvedPlace any = null;
    for (ResolvedPlace p : doc.places) {
      if (cc.equals(p.countryCode()) && p.precision() == Precision.COUNTRY) {
        if (!p.relation().equals("demonym")) {
          return p;
        }
        any = any == null || any.precision() != Precision.COUNTRY ? p : any;
      } else if (cc.equals(p.countryCode()) && any == null) {
        any = p; // "a Kabul-based reporter": the country of someone's home town, when nothing else gives one
      }
    }
    return any == null ? null : new ResolvedPlace(any.span(), any.country() == null ? any.name() : any.country(),
        null, null, null, any.country(), cc, any.lat(), any.lon(), Precision.COUNTRY, "in", null, null);
  }

  /** No place, or only a country (a name kept as written is specific, whatever its coordinates). */
  private static boolean vague(@Nullable ResolvedPlace p) {
    return p == null || p.precision() == Precision.COUNTRY && !p.kept();
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
