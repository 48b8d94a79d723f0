package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * People counted as one body of a given size: "an airstrike killed a family of six" is six killed, not one family
 * and six besides. Each such phrase is read as one figure of its number, its noun the body's word. Thread-safe.
 */
final class CollectiveVictims {

  private CollectiveVictims() {}

  /** Words of a body of people whose size follows "of". */
  private static final Set<String> BODIES = WordSet.of("family", "families", "household");

  private static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "his", "her", "their", "entire", "whole");

  /** "a family of six" in tokens {@code [from, to)}: one phrase from the determiner to the number, counting the number. */
  static List<NumberPhrase> find(Doc doc, int from, int to) {
    List<NumberPhrase> out = new ArrayList<>();
    for (NumberPhrase n : doc.numbersIn(from, to)) {
      int body = n.first() - 2;
      if (body - 1 >= from && doc.key(n.first() - 1).equals("of") && BODIES.contains(doc.key(body))
          && DETERMINERS.contains(doc.key(body - 1))) {
        out.add(new NumberPhrase(body - 1, n.end(), doc.span(body - 1, n.end()), n.count()));
      }
    }
    return out;
  }

  /**
   * The phrases of {@code nums} without those a body of people holds: the number of "a family of six" and "a family"
   * read as one person are the body's, counted once.
   */
  static List<NumberPhrase> without(List<NumberPhrase> nums, List<NumberPhrase> bodies) {
    List<NumberPhrase> out = new ArrayList<>(nums);
    out.removeIf(n -> bodies.stream().anyMatch(b -> b != n && b.first() <= n.first() && n.first() < b.end()));
    out.addAll(bodies);
    return out;
  }

  /** The body's word when {@code n} is such a phrase ("family"), else "". */
  static String noun(Doc doc, NumberPhrase n) {
    return BODIES.contains(doc.key(n.first() + 1)) && doc.key(n.end() - 2).equals("of") ? doc.key(n.first() + 1) : "";
  }
}
