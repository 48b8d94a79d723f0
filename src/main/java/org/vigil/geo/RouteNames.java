package org.vigil.geo;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Routes named by the towns they join ("the Wukari-Takum road"): a town so named is not where an
 * incident on the route happened. Stateless.
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
      return false;
    }
    if (j < tokens.size() && (tokens.get(j).norm().equals("oil") || tokens.get(j).norm().equals("gas"))) {
      j++;
    }
    return j < tokens.size() && ROUTES.contains(tokens.get(j).norm());
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
