package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * The words besides its name that say where an incident happened, each kept as evidence of the
 * place: the containers the text writes right after the place ("Camp Shorabak in Helmand
 * Province, Afghanistan"), and the site its clause puts it at, named or not ("wounding 13
 * people on a busy pedestrian street", "a bomb went off at the bus station"). Stateless.
 */
final class PlaceWords {

  /** Evidence field of a container written after the place. */
  static final String CONTAINER = "location.within";

  /** Evidence field of the site phrase of the incident's clause. */
  static final String SITE = "location.site";

  /** How many containers a chain may name after the place ("X, Y district, Z province, Country"). */
  static final int MAX_CONTAINERS = 3;

  /** A part of a container the text may name before it: "in north Belfast", "in eastern France". */
  static final Set<String> SIDES = WordSet.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern");

  /** Words that put an incident at a site: "at the market", "on a street", "outside shops". */
  private static final Set<String> AT = WordSet.of("at", "in", "on", "near", "outside", "inside", "into",
      "across", "throughout", "through", "behind");

  /** Words before the site's noun: at most this many ("the busy Oxford Street bus station"). */
  static final int MAX_MODIFIERS = 4;

  /** Nouns of the kinds of place an incident happens at. */
  static final Set<String> SITE_NOUNS = WordSet.of("street", "streets", "road", "avenue", "square", "market",
      "marketplace", "bazaar", "station", "terminal", "village", "town", "city", "area", "areas", "district",
      "neighbourhood", "neighborhood", "suburb", "province", "region", "school", "church", "mosque", "temple",
      "shrine", "synagogue", "hospital", "hotel", "restaurant", "cafe", "bakery", "shop", "shops", "store",
      "mall", "checkpoint", "base", "camp", "post", "posts", "building", "bridge", "airport", "stadium", "club",
      "nightclub", "bar", "university", "college", "compound", "embassy", "highway", "places", "site", "park",
      "beach", "port", "harbour", "harbor", "barracks", "prison", "jail", "courthouse", "centre", "center");

  /** Nouns of areas, which a text uses for a named place of their level ("the city of Lyon", "the city"). */
  private static final Map<String, Precision> AREAS = Map.of("city", Precision.CITY,
      "town", Precision.CITY, "village", Precision.CITY, "district", Precision.DISTRICT,
      "province", Precision.PROVINCE, "region", Precision.PROVINCE, "area", Precision.CITY);

  /** Words a site phrase does not run across: another preposition, a conjunction, a relative word. */
  private static final Set<String> BREAKS = WordSet.of("and", "or", "but", "who", "which", "that", "where",
      "when", "while", "after", "before", "since", "during", "of", "for", "to", "from", "by", "with", "as",
      "was", "were", "is", "are", "had", "has", "have", "be", "been");

  private PlaceWords() {}

  /**
   * Whether {@code city} lies in the part of {@code area} the text names before it ("in southern
   * Lebanon": south of the country's point), or the text names no part: the dateline's city is
   * where an incident "in southern Lebanon" happened only when it is in the south.
   */
  static boolean sideHolds(Doc doc, ResolvedPlace area, ResolvedPlace city) {
    int k = doc.tokenAt(area.span().start()) - 1;
    String side = k >= 0 ? doc.key(k) : "";
    if (!SIDES.contains(side)) {
      return true;
    }
    return !(side.startsWith("north") && city.lat() <= area.lat() || side.startsWith("south") && city.lat() >= area.lat()
        || side.contains("east") && city.lon() <= area.lon() || side.contains("west") && city.lon() >= area.lon());
  }

  /** The places written right after {@code p} as its containers, each coarser than the one before. */
  static List<ResolvedPlace> containers(Doc doc, ResolvedPlace p) {
    List<ResolvedPlace> out = new ArrayList<>();
    ResolvedPlace last = p;
    while (out.size() < MAX_CONTAINERS) {
      int k = doc.tokenAt(last.span().end());
      if (k + 1 >= doc.tokens.size() || !(doc.key(k).equals(",") || doc.key(k).equals("in"))) {
        break;
      }
      int at = k + 1 < doc.tokens.size() && SIDES.contains(doc.key(k + 1)) ? k + 2 : k + 1;
      ResolvedPlace next = at < doc.tokens.size() ? startingAt(doc, at) : null;
      if (next == null || next.countryCode() == null || !next.countryCode().equals(p.countryCode())
          || Places.rank(next) <= Places.rank(last) || next.relation().equals("demonym")) {
        break;
      }
      out.add(next);
      last = next;
    }
    return out;
  }

  private static ResolvedPlace startingAt(Doc doc, int token) {
    for (ResolvedPlace q : doc.placesIn(token, token + 1)) {
      if (q.span().start() == doc.tokens.get(token).start()) {
        return q;
      }
    }
    return null;
  }

  /**
   * The site phrases of the incident's clauses: a word such as "at" or "on", at most
   * {@link #MAX_MODIFIERS} words, then a {@linkplain #SITE_NOUNS site noun}, which ends the
   * phrase ("at the busy Oxford Street bus station", "in the main Catholic areas"). The phrase
   * starts after the preposition; one inside the place's own words is not repeated.
   */
  static List<Span> sites(Doc doc, Draft d, ResolvedPlace p, List<ResolvedPlace> containers) {
    List<Span> taken = new ArrayList<>(List.of(p.span()));
    containers.forEach(c -> taken.add(c.span()));
    List<Span> out = new ArrayList<>();
    for (int[] r : d.ranges(doc, false)) {
      for (int i = r[0]; i < r[1] - 1; i++) {
        if (!AT.contains(doc.key(i))) {
          continue;
        }
        int noun = siteNoun(doc, i + 1, r[1]);
        if (noun < 0) {
          continue;
        }
        Span s = doc.span(i + 1, noun + 1);
        if (taken.stream().noneMatch(t -> t.start() < s.end() && s.start() < t.end())
            && !namesThePlace(doc, s, p) && !standsForANamedPlace(doc, i + 1, noun, p)) {
          out.add(s);
        }
        i = noun;
      }
    }
    return out;
  }

  /** "near Bagram Air Base" for Bagram: the place again, not another one. */
  private static boolean namesThePlace(Doc doc, Span s, ResolvedPlace p) {
    String words = doc.lowerText().substring(s.start(), s.end());
    return words.contains(p.name().toLowerCase(Locale.ROOT));
  }

  /**
   * An area's noun that stands for a name: "the city of Lyon", "the region of Mosul", or "the
   * city" and "the province" again for the incident's own city or province.
   */
  private static boolean standsForANamedPlace(Doc doc, int first, int noun, ResolvedPlace p) {
    Precision level = AREAS.get(doc.key(noun));
    if (level == null) {
      return false;
    }
    return doc.key(noun + 1).equals("of") || noun == first + 1 && doc.key(first).equals("the") && p.precision().ordinal() <= level.ordinal();
  }

  /** The last token of the site noun (of a run of them) within the phrase starting at {@code first}; -1 if none. */
  private static int siteNoun(Doc doc, int first, int end) {
    for (int j = first; j < Math.min(end, first + MAX_MODIFIERS + 1); j++) {
      Token t = doc.tokens.get(j);
      if (!t.isWord() || BREAKS.contains(t.key()) || AT.contains(t.key())) {
        return -1;
      }
      if (SITE_NOUNS.contains(t.key())) {
        return lastNoun(doc, j, end);
      }
    }
    return -1;
  }

  /** The compound's last site noun: "Oxford Street bus station" ends at "station", one word between at most. */
  private static int lastNoun(Doc doc, int noun, int end) {
    int last = noun;
    for (int k = noun + 1; k < Math.min(end, last + 3); k++) {
      Token t = doc.tokens.get(k);
      if (!t.isWord() || BREAKS.contains(t.key()) || AT.contains(t.key())) {
        break;
      }
      if (SITE_NOUNS.contains(t.key())) {
        last = k;
      }
    }
    return last;
  }
}
