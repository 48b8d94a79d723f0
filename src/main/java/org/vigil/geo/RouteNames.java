package org.vigil.geo;

import java.util.List;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Routes named by the towns they join ("the Wukari-Takum road"): a town so named is not where an
 * incident on the route happened, but the route's first town stands for the route. Stateless.
 */
final class RouteNames {

  /** Words that end the name of a route between towns. */
  private static final Set<String> ROUTES = WordSet.of("road", "highway", "expressway", "motorway", "pipeline");

  /** Most words of a route's name after the town at hand. */
  private static final int MAX_WORDS = 4;

  private RouteNames() {}

  /**
   * Whether the name at tokens {@code [first, next)} is one end of a route named by its towns: "the
   * Wukari-Takum road", "the Lagos-Benin-Ore highway", "Ibadan-Ijebu Ode Road", "Damaturu/Maiduguri
   * highway", "the Limon-Covenas oil pipeline". A route runs between its towns and is neither of them.
   */
  static boolean inRouteName(String text, List<Token> tokens, int first, int next) {
    return routeWord(text, tokens, first, next) >= 0;
  }

  /**
   * The index of the route word ("road") when the name at {@code [first, next)} is the first town
   * of a route's name ("Mandera" of "the Mandera-Elwak road"); -1 otherwise.
   */
  static int startOf(String text, List<Token> tokens, int first, int next) {
    return first > 0 && linked(text, tokens, first - 1) ? -1 : routeWord(text, tokens, first, next);
  }

  /**
   * The town a route's name begins with, standing for the route ("on the Mandera-Elwak road"): the
   * route as written, at the town's coordinates and in its province, its {@code resolved} naming
   * the town, relation {@code "route"}. A terse note of an ambush on a road names no other place.
   */
  static ResolvedPlace along(ResolvedPlace town, String text, List<Token> tokens, int routeWord) {
    Token word = tokens.get(routeWord);
    String route = text.substring(town.span().start(), word.end());
    return new ResolvedPlace(new Span(town.span().start(), word.end()), route, null, null, town.admin1(),
        town.country(), town.countryCode(), town.lat(), town.lon(), town.precision(), "route", null, town.name());
  }

  /**
   * Whether {@code p} is a route standing at its first town ({@link #along}) while the text places
   * something otherwise ("along the Kabul-Gardez highway in Logar" is in Logar, not at Kabul), or
   * a site read on the route, which says no more than the route. The dateline, ending at offset
   * {@code datelineEnd}, places nothing: it says where the news was filed.
   */
  static boolean placedOtherwise(ResolvedPlace p, List<Resolution> all, int datelineEnd) {
    if (!onRoute(p, all)) {
      return false;
    }
    if (p.site() != null && !p.relation().equals("route")) {
      return true; // "the Kandahar-Herat highway" read again as a site: the route already says it
    }
    for (Resolution r : all) {
      ResolvedPlace o = r.place();
      if (o.precision() != Precision.COUNTRY && !o.relation().equals("demonym") && !onRoute(o, all)
          && o.span().end() > datelineEnd) {
        return true;
      }
    }
    return false;
  }

  private static boolean onRoute(ResolvedPlace p, List<Resolution> all) {
    for (Resolution r : all) {
      ResolvedPlace q = r.place();
      if (q.relation().equals("route") && (p.span().contains(q.span()) || q.span().contains(p.span()))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the route word after the name at {@code [first, next)}, or -1 when it names no route. */
  private static int routeWord(String text, List<Token> tokens, int first, int next) {
    boolean linkedBefore = first > 0 && linked(text, tokens, first - 1);
    int j = next;
    if (next < tokens.size() && (linkedBefore || linked(text, tokens, next - 1))) {
      while (j < tokens.size() && j - next < MAX_WORDS && tokens.get(j).capitalised()
          && !ROUTES.contains(tokens.get(j).norm())
          && (linked(text, tokens, j - 1) || joinedBy(text, tokens, j - 1, ' '))) {
        j++;
      }
    }
    if (!linkedBefore && j == next) {
      return -1;
    }
    if (j < tokens.size() && (tokens.get(j).norm().equals("oil") || tokens.get(j).norm().equals("gas"))) {
      j++;
    }
    return j < tokens.size() && ROUTES.contains(tokens.get(j).norm()) ? j : -1;
  }

  /** Whether token {@code i} and the next are joined as the two ends of a route ("Kano-Zaria", "Kano/Zaria"). */
  private static boolean linked(String text, List<Token> tokens, int i) {
    return joinedBy(text, tokens, i, '-') || joinedBy(text, tokens, i, '/');
  }

  /** Whether token {@code i} and the next are written with just {@code c} between them. */
  private static boolean joinedBy(String text, List<Token> tokens, int i, char c) {
    return i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end() + 1
        && text.charAt(tokens.get(i).end()) == c;
  }
}
