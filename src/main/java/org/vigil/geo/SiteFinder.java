package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Finds named sites ("the Hazrat Masumeh shrine", "a checkpoint", "the US embassy") and attaches
 * each to its city: a curated site's known city, a place named inside the site's name ("Kabul
 * airport"), the place right after it ("... shrine in Qom", "a checkpoint 20 km south of
 * Kandahar": then the site keeps that relation and offset), or the last place before it in the
 * same sentence, not the dateline's. A site without a city is not reported.
 */
final class SiteFinder {

  /** Nouns that end a site's name. */
  static final Set<String> HEADS = WordSet.of("shrine", "mosque", "church", "cathedral", "temple",
      "synagogue", "hall", "market", "bazaar", "marketplace", "embassy", "consulate", "checkpoint",
      "hotel", "airport", "airbase", "base", "barracks", "university", "school", "college",
      "hospital", "stadium", "station", "bridge", "square", "ministry", "prison", "jail", "camp",
      "compound", "headquarters", "palace", "parliament", "courthouse", "mall", "restaurant",
      "cafe", "club", "theatre", "theater", "zone", "garrison", "academy", "refinery", "pipeline", "tomb",
      "mausoleum", "street", "road", "avenue", "boulevard", "highway");

  /**
   * Streets and roads: sites of a town (one placed only in a district or a province is left to
   * it), and a place named inside one is its namesake, not where it is (Oxford Street in
   * Belfast, Haifa Street in Baghdad), unless nothing else in the sentence places it.
   */
  static final Set<String> STREETS = WordSet.of("street", "road", "avenue", "boulevard", "highway");

  /** Sites named for a person ("the shrine of Fatima Masumeh", "the Church of St Mary"). */
  static final Set<String> DEDICATED = WordSet.of("shrine", "mosque", "church", "cathedral", "temple",
      "synagogue", "tomb", "mausoleum");

  private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");
  private static final Set<String> LINKS = WordSet.of("in", "at", "near", "of", "outside");

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final boolean allCaps;
  /** Where the dateline ends: where the news was filed places no site after it. */
  private final int datelineEnd;

  SiteFinder(Gazetteer g, String text, List<Token> tokens, boolean allCaps) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.allCaps = allCaps;
    this.datelineEnd = IncidentLocation.datelineEnd(text);
  }

  /** Sites found, given the mentions and which of them resolved to which place. */
  List<Resolution> find(List<Mention> mentions, List<Integer> kept, List<ResolvedPlace> places) {
    List<Resolution> out = new ArrayList<>();
    int lastEnd = -1;
    for (int h = 0; h < tokens.size(); h++) {
      if (!HEADS.contains(tokens.get(h).norm()) || h <= lastEnd || unitOfName(h, mentions)) {
        continue;
      }
      int sentence = tokens.get(h).sentence();
      int first = h;
      while (first - 1 >= 0 && first > h - 5 && tokens.get(first - 1).sentence() == sentence
          && !allCaps && tokens.get(first - 1).capitalised()) {
        first--;
      }
      String curatedName = null;
      int curatedCity = -1;
      for (int s = Math.max(0, h - 4); s <= h && curatedCity < 0; s++) {
        StringBuilder b = new StringBuilder();
        for (int t = s; t <= h; t++) {
          b.append(t > s ? " " : "").append(tokens.get(t).norm());
        }
        int city = g.siteCity(b.toString());
        if (city >= 0) {
          curatedCity = city;
          curatedName = text.substring(tokens.get(s).start(), tokens.get(h).end());
          first = Math.min(first, s);
        }
      }
      int tail = dedicatee(h, sentence, mentions, kept);
      boolean named = first < h || tail > h;
      int spanFirst = first > 0 && ARTICLES.contains(tokens.get(first - 1).norm()) ? first - 1 : first;
      ResolvedPlace city = null;
      if (curatedCity >= 0) {
        city = Places.of(g, curatedCity, new Span(0, 0), Level.NONE, "in", null);
      }
      boolean street = STREETS.contains(tokens.get(h).norm());
      boolean after = false;
      if (city == null) { // "Kurmi market in Kano": the place the text puts it in, not a namesake in its name
        city = placeAfter(tail, sentence, mentions, kept, places);
        after = city != null;
      }
      if (city == null && !street) {
        city = placeInside(first, h, mentions, kept, places);
      }
      if (city == null && named) {
        city = placeBefore(first, sentence, mentions, kept, places);
      }
      if (city == null && street) {
        city = placeInside(first, h, mentions, kept, places);
      }
      // a street lies in a town: one placed only in a district or a province is left to its container
      if (city == null || city.precision() == Precision.COUNTRY || (!named && curatedCity < 0
          && spanFirst == first) || street && city.precision() != Precision.CITY) {
        continue;
      }
      String name = curatedName != null ? curatedName
          : text.substring(tokens.get(first).start(), tokens.get(tail).end());
      Span span = new Span(tokens.get(spanFirst).start(), tokens.get(tail).end());
      out.add(new Resolution(Places.site(city, span, name, after), List.of()));
      lastEnd = tail;
    }
    return out;
  }

  /**
   * "Lalibela town, North Wollo zone, Amhara": a unit word in lower case after a name, ending a
   * name of the chain or a link of it, is an area's, not a site's ("the Green Zone" is one).
   */
  private boolean unitOfName(int h, List<Mention> mentions) {
    if (!ChainWords.UNITS.contains(tokens.get(h).norm()) || allCaps || h == 0) {
      return false;
    }
    boolean link = !tokens.get(h).capitalised() && tokens.get(h - 1).capitalised()
        && h + 1 < tokens.size() && Tokenizer.commaBetween(text, tokens.get(h).end(), tokens.get(h + 1).start());
    return link || mentions.stream().anyMatch(m -> m.last() == h + 1 && m.first() < h);
  }

  /**
   * The last token of the name a site is dedicated to ("the shrine of Fatima Masumeh"), or
   * {@code head} when none follows: capitalised words after "of" that are not a place found.
   */
  private int dedicatee(int head, int sentence, List<Mention> mentions, List<Integer> kept) {
    int t = head + 2;
    if (allCaps || t >= tokens.size() || !DEDICATED.contains(tokens.get(head).norm())
        || !tokens.get(head + 1).norm().equals("of")) {
      return head;
    }
    for (int k : kept) {
      if (mentions.get(k).first() == t) {
        return head;
      }
    }
    int last = head;
    while (t < tokens.size() && t < head + 6 && tokens.get(t).sentence() == sentence && tokens.get(t).capitalised()) {
      last = t++;
    }
    return last;
  }

  private static ResolvedPlace placeInside(int first, int head, List<Mention> mentions,
      List<Integer> kept, List<ResolvedPlace> places) {
    for (int i = 0; i < kept.size(); i++) {
      Mention m = mentions.get(kept.get(i));
      // a town names its airport ("Kabul airport"); a district's name in a market's is a namesake ("Kurmi market")
      if (m.first() >= first && m.last() <= head && m.demonymOf() == null && places.get(i).precision() == Precision.CITY) {
        return places.get(i);
      }
    }
    return null;
  }

  /** Words for a settlement or an area that "of" and its name follow: "the western city of Herat". */
  private static final Set<String> SETTLEMENTS = WordSet.of("city", "town", "village", "capital", "province", "district",
      "region", "state", "county", "port", "suburb");

  private ResolvedPlace placeAfter(int head, int sentence, List<Mention> mentions,
      List<Integer> kept, List<ResolvedPlace> places) {
    for (int i = 0; i < kept.size(); i++) {
      Mention m = mentions.get(kept.get(i));
      if (m.first() <= head || m.demonymOf() != null) {
        continue;
      }
      int gap = m.first() - head - 1;
      boolean sameSentence = tokens.get(m.first()).sentence() == sentence;
      // "a mosque in Herat", "a mosque in the western city of Herat"
      if (sameSentence && LINKS.contains(tokens.get(head + 1).norm()) && (gap >= 1 && gap <= 3 || gap <= 6
          && tokens.get(m.first() - 1).norm().equals("of") && SETTLEMENTS.contains(tokens.get(m.first() - 2).norm()))) {
        return places.get(i);
      }
      boolean relationRightAfter = head + 1 < tokens.size()
          && places.get(i).span().start() == tokens.get(head + 1).start();
      return sameSentence && relationRightAfter ? places.get(i) : null;
    }
    return null;
  }

  private ResolvedPlace placeBefore(int first, int sentence, List<Mention> mentions,
      List<Integer> kept, List<ResolvedPlace> places) {
    ResolvedPlace found = null;
    for (int i = 0; i < kept.size(); i++) {
      Mention m = mentions.get(kept.get(i));
      if (m.last() <= first && tokens.get(m.first()).sentence() == sentence && tokens.get(m.first()).start() >= datelineEnd
          && m.demonymOf() == null && places.get(i).precision() != Precision.COUNTRY) {
        found = places.get(i);
      }
    }
    return found;
  }
}
