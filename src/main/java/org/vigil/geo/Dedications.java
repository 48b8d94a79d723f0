package org.vigil.geo;

import java.util.List;
import java.util.Set;

/**
 * A saint's name that a church, school or mission is named for ("St. Paul's Anglican Church",
 * "the St. John the Divine church") is no town, though towns bear it: written with a possessive,
 * or with "the" and an epithet after it, it names the saint. Stateless.
 */
final class Dedications {

  private static final Set<String> SAINT = Set.of("st", "saint", "ste", "sainte");

  private Dedications() {}

  /** Removes from {@code mentions} the saints' names that begin a dedication. */
  static void drop(String text, List<Token> tokens, List<Mention> mentions) {
    mentions.removeIf(m -> m.demonymOf() == null && SAINT.contains(tokens.get(m.first()).norm())
        && dedication(text, tokens.get(m.last() - 1).end()));
  }

  /** Whether the text at {@code at}, just after a saint's name, reads "'s" or "the" and a capitalised epithet. */
  private static boolean dedication(String text, int at) {
    String rest = text.substring(at, Math.min(text.length(), at + 6));
    if (rest.startsWith("'s ") || rest.startsWith("\u2019s ")) {
      return true;
    }
    return rest.startsWith(" the ") && rest.length() == 6 && Character.isUpperCase(rest.charAt(5));
  }
}
