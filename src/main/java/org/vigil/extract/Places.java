package org.vigil.extract;

import org.jspecify.annotations.Nullable;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;
import org.vigil.text.WordSet;

/** Choosing among resolved places: the most specific in a token range, and distances. */
final class Places {

  private Places() {}

  /** Words before a place that make it where something was said, not where the incident happened. */
  private static final java.util.Set<String> SPEAKING = WordSet.of("conference", "briefing",
      "speaking", "spoke", "interview", "reporters", "statement", "speech", "summit", "visiting");

  /**
   * Words after a place that make it a source of the news ("the White House said") or a
   * government speaking ("Moscow blames ...", "Kabul condemned the attack").
   */
  private static final java.util.Set<String> SAYING = WordSet.of("said", "says", "told",
      "announced", "reported", "confirmed", "stated", "added", "spokesman", "spokeswoman", "blames", "blamed",
      "accuses", "accused", "denies", "denied", "condemns", "condemned", "insists", "insisted", "warns", "warned",
      "vowed", "vows");

  /**
   * The most specific place mentioned in tokens {@code [from, to)}, the earliest among equals;
   * places where the news was told ("at a news conference in Baghdad", "the Defense Ministry
   * said") and people's home towns ("a Lagos-based trader") are not the incident's.
   */
  static @Nullable ResolvedPlace best(Doc doc, int from, int to) {
    ResolvedPlace best = null;
    for (ResolvedPlace p : doc.placesIn(from, to)) {
      int k = doc.tokenAt(p.span().start());
      boolean home = p.relation().equals("demonym") && p.precision() != Precision.COUNTRY; // "a Lagos-based trader"
      if (!home && !doc.inDateline(k) && !whereTold(doc, p, k) && !acrossBorder(doc, p, k)
          && (best == null || rankOn(doc, p) < rankOn(doc, best))) {
        best = p;
      }
    }
    return best;
  }

  /** {@link #rank(Doc, ResolvedPlace)}, with the ends of a journey after every other place. */
  private static int rankOn(Doc doc, ResolvedPlace p) {
    return rank(doc, p) + (endOfJourney(doc, doc.tokenAt(p.span().start())) ? JOURNEY_RANK : 0);
  }

  /** What a place that ends a journey adds to its rank: more than any place's rank at home or abroad. */
  private static final int JOURNEY_RANK = 100;
  /** Words of moving that a journey's end follows: "a bus bound for Quetta", "travelling to Kano". */
  private static final java.util.Set<String> MOVING = WordSet.of("bound", "headed", "heading", "travelling",
      "traveling", "going", "returning", "driving", "flying", "sailing", "route", "way", "moving", "destined");

  /** The most words a journey's start may take: "travelling from Bogota to Cali". */
  private static final int START_WORDS = 6;

  /**
   * Whether the place at token {@code first} is where people or a vehicle attacked on the way
   * were going ("a bus bound for Quetta was attacked near Khuzdar", "flying from Bogota to
   * Cali"), not where it happened; it is still the place when the text names no other. Where
   * they came from stays a place: a plane is hit near where it took off.
   */
  private static boolean endOfJourney(Doc doc, int first) {
    String link = first > 1 ? doc.key(first - 1) : "";
    if (!(link.equals("to") || link.equals("for") || link.equals("towards") || link.equals("toward"))) {
      return false;
    }
    if (MOVING.contains(doc.key(first - 2))) {
      return true;
    }
    for (int k = first - 2; k > 0 && k >= first - 1 - START_WORDS && doc.tokens.get(k).isWord(); k--) {
      if (doc.key(k).equals("from")) {
        return MOVING.contains(doc.key(k - 1));
      }
    }
    return false;
  }

  /** Words for a border that "with" a country follows: "near the border with Burkina Faso". */
  private static final java.util.Set<String> BORDERS = WordSet.of("border", "borders", "frontier", "boundary");

  /**
   * Whether {@code p} is the country on the other side of a border the text places the incident
   * near ("in Boulkessi, near the border with Burkina Faso"): the neighbour, not where it happened.
   */
  private static boolean acrossBorder(Doc doc, ResolvedPlace p, int first) {
    return p.precision() == Precision.COUNTRY && first > 1 && doc.key(first - 1).equals("with")
        && BORDERS.contains(doc.key(first - 2));
  }

  private static boolean whereTold(Doc doc, ResolvedPlace p, int first) {
    int sentence = doc.sentenceOf[first];
    for (int i = Math.max(doc.sentenceFirst(sentence), first - 4); i < first; i++) {
      if (SPEAKING.contains(doc.key(i))) {
        return true;
      }
    }
    int after = doc.tokenAt(p.span().end());
    int end = doc.sentenceEnd(sentence);
    return after < end && SAYING.contains(doc.key(after)) || possessiveSpeaker(doc, after, end);
  }

  /**
   * "Oman's foreign ministry said": the country of the office that speaks, not where it
   * happened. A possessive, then at most {@link #SPEAKER_WORDS} words, then a saying word.
   */
  private static boolean possessiveSpeaker(Doc doc, int after, int end) {
    if (after + 1 >= end || !doc.key(after).equals("'") || !doc.key(after + 1).equals("s")) {
      return false;
    }
    for (int k = after + 2; k < Math.min(end, after + 3 + SPEAKER_WORDS); k++) {
      if (SAYING.contains(doc.key(k))) {
        return true;
      }
      if (!doc.tokens.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Words a speaking office's name may take ("foreign ministry", "interior ministry spokesman"). */
  static final int SPEAKER_WORDS = 3;

  /**
   * Specificity first; a place outside the report's main country (the dateline's, else the
   * most named) ranks after every place inside it, since news names foreign places mostly in
   * passing and the gazetteer's homonyms ("Lido", "Palma") are mostly abroad; a place that names
   * an office ranks after the provinces.
   */
  static int rank(Doc doc, ResolvedPlace p) {
    String main = doc.mainCountry();
    boolean abroad = main != null && p.countryCode() != null && !main.equals(p.countryCode());
    int rank = office(doc, p) ? Math.max(rank(p), OFFICE_RANK) : rank(p);
    return rank + (abroad ? 20 : 0);
  }

  /** Where a place that names an office ranks: after every province, before the country. */
  private static final int OFFICE_RANK = 2 * Precision.PROVINCE.ordinal() + 1;
  /** Offices a place's name may stand before: "the Taiz governor", "the Shah Joy district police chief". */
  private static final java.util.Set<String> OFFICES = WordSet.of("governor", "mayor", "chief", "commissioner",
      "commander", "administrator", "councillor", "councilor", "chairman", "prosecutor");
  /** Words between such a place and its office ("district police", "Resident District", "vice"). */
  private static final java.util.Set<String> OFFICE_WORDS = WordSet.of("district", "provincial", "province", "city",
      "police", "deputy", "vice", "resident", "security", "municipal", "county", "regional", "council", "army");

  /**
   * Whether the place names whose office someone holds, not where anything happened: "the Shah Joy
   * district police chief" killed in Qasem Pul, "the former Jinja Resident District Commissioner".
   */
  private static boolean office(Doc doc, ResolvedPlace p) {
    int k = doc.tokenAt(p.span().end());
    for (int end = Math.min(doc.tokens.size(), k + 3); k < end && !OFFICES.contains(doc.key(k)); k++) {
      if (!OFFICE_WORDS.contains(doc.key(k))) {
        return false;
      }
    }
    return OFFICES.contains(doc.key(k));
  }

  /** The most specific place of the dateline, if the report has one. */
  static @Nullable ResolvedPlace dateline(Doc doc) {
    ResolvedPlace best = null;
    for (ResolvedPlace p : doc.placesIn(0, doc.datelineEnd)) {
      if (best == null || rank(p) < rank(best)) {
        best = p;
      }
    }
    return best;
  }

  /** Specificity: twice the precision's rank, less one for a name kept inside its container. */
  static int rank(ResolvedPlace p) {
    return 2 * p.precision().ordinal() - (p.kept() ? 1 : 0);
  }

  static double distanceKm(ResolvedPlace a, ResolvedPlace b) {
    if (a.precision() == Precision.COUNTRY || b.precision() == Precision.COUNTRY) {
      return a.countryCode() != null && a.countryCode().equals(b.countryCode()) ? 0 : 10_000;
    }
    double r = 6371;
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
        * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(h));
  }
}
