package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * An order given for an act: "the colonel gave the order to kill the farmers" tells of the killing,
 * not of a plan to kill, and "the order" there is a command, never a group of that name; whoever
 * gave it, or ordered the act ("the killing was ordered by ..."), is its perpetrator.
 * Stateless; thread-safe.
 */
final class OrderedActs {

  /** Verbs whose object is a command or a document: "gave the order", "signed the orders". */
  static final Set<String> GIVING = WordSet.of("gave", "give", "gives", "given", "giving", "issued", "issue",
      "issues", "issuing", "signed", "sign", "signs", "signing");

  private static final Set<String> ORDER = WordSet.of("order", "orders");

  /** Verbs of ordering with the act as object: "ordered the killing of". */
  private static final Set<String> ORDERED = WordSet.of("ordered", "orders", "ordering");

  /** Words between the one who ordered and the order: "who", "had", "allegedly". */
  private static final Set<String> BETWEEN = WordSet.of("who", "had", "has", "have", "allegedly", "reportedly",
      "personally", "then", "later", "also");

  private OrderedActs() {}

  /**
   * Whether the words before token {@code to} (the "to" of "to assassinate") are "gave the order"
   * or a like command, so that the act that follows was ordered and, unless the report says
   * otherwise, done.
   */
  static boolean before(Doc doc, int to) {
    int i = to - 1;
    if (doc.key(i).equals("\"") || doc.key(i).equals("'")) {
      i--;
    }
    return ORDER.contains(doc.key(i)) && doc.key(i - 1).equals("the") && GIVING.contains(doc.key(i - 2));
  }

  /** Whether tokens {@code a} to {@code b} hold an act ordered: "gave the order to kill". */
  static boolean in(Doc doc, int a, int b) {
    for (int k = a; k < b - 1; k++) {
      int verb = k + 1;
      if (doc.key(k).equals("to") && before(doc, k)
          && doc.cues(verb, Math.min(b, verb + 3), c -> c.category().startsWith("trigger")).stream()
              .anyMatch(t -> t.firstToken() == verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people who ordered the act whose trigger starts at {@code trigger}: "Colonel Juan Perez gave
   * the order to kill", "General Ruiz ordered the killing of"; empty when the act was not ordered
   * so or the one who ordered is no person or force before the order.
   */
  static List<Accused.Found> givers(Doc doc, int sentenceFirst, int trigger) {
    int verb;
    if (doc.key(trigger - 1).equals("to") && before(doc, trigger - 1)) {
      verb = trigger - (doc.key(trigger - 2).equals("\"") || doc.key(trigger - 2).equals("'") ? 5 : 4);
    } else if (doc.key(trigger - 1).equals("the") && ORDERED.contains(doc.key(trigger - 2))) {
      verb = trigger - 2;
    } else {
      return orderedBy(doc, trigger);
    }
    int s = verb - 1;
    while (s >= sentenceFirst && BETWEEN.contains(doc.key(s))) {
      s--;
    }
    return s < sentenceFirst ? List.of() : Accused.elements(doc, sentenceFirst, s + 1);
  }

  /** How far after the act's trigger "was ordered by" may stand: "the killing of the six priests on 16 November was". */
  private static final int PASSIVE_REACH = 15;

  /**
   * "The killing of the six priests was ordered by Colonel Juan Perez and Major Carlos Ruiz, the
   * commission said": the people after "ordered by", up to the end of their clause.
   */
  private static List<Accused.Found> orderedBy(Doc doc, int trigger) {
    int end = doc.sentenceEnd(doc.sentenceOf[trigger]);
    for (int k = trigger + 1; k < end - 2 && k <= trigger + PASSIVE_REACH; k++) {
      if (doc.key(k).equals("ordered") && doc.key(k + 1).equals("by") && PASSIVE.contains(doc.key(k - 1))) {
        int last = k + 2;
        while (last < end && !CLAUSE_ENDS.contains(doc.key(last))) {
          last++;
        }
        return Accused.elements(doc, k + 2, last);
      }
    }
    return List.of();
  }

  private static final Set<String> PASSIVE = WordSet.of("was", "were", "been", "allegedly", "reportedly");

  private static final Set<String> CLAUSE_ENDS = WordSet.of(",", ".", ";", ":", "\"", "(", "[");
}
