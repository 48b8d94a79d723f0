package org.vigil.geo;

import java.util.List;

/** The level words around the mentions found ("Kirkuk province", "the town of Apopa"). */
final class LevelWords {

  private LevelWords() {}

  /**
   * Reads a level word ending the name itself ("Morazan Department", an alternate name), after
   * it ("Kirkuk province") or before it ("the town of Apopa").
   */
  static Mention around(List<Token> tokens, Mention m) {
    Level own = Level.of(tokens.get(m.last() - 1).norm());
    if (m.last() - m.first() > 1 && own != Level.NONE) {
      return m.withLevel(own);
    }
    if (m.last() < tokens.size()) {
      Token next = tokens.get(m.last());
      Level l = Level.of(next.norm());
      if (l != Level.NONE && next.sentence() == tokens.get(m.first()).sentence()) {
        return m.withLevel(l);
      }
    }
    if (m.first() >= 2 && tokens.get(m.first() - 1).norm().equals("of")) {
      Level l = Level.of(tokens.get(m.first() - 2).norm());
      if (l != Level.NONE) {
        return m.withLevel(l);
      }
    }
    return m;
  }

  /** "Usulutan and Morazan departments": the plural level word covers both names. */
  static void sharePlurals(List<Token> tokens, List<Mention> mentions) {
    for (int k = mentions.size() - 2; k >= 0; k--) {
      Mention a = mentions.get(k);
      Mention b = mentions.get(k + 1);
      if (a.level() == Level.NONE && b.level() != Level.NONE && b.first() - a.last() == 1
          && tokens.get(a.last()).norm().equals("and")) {
        mentions.set(k, a.withLevel(b.level()));
      }
    }
  }
}
