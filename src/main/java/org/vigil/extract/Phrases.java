package org.vigil.extract;

import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Noun phrases around a head word, as written: "the Las Canas bridge" around "bridge", "urban
 * guerrillas" around "guerrillas". Modifiers are the words before the head up to a determiner,
 * a preposition, punctuation or a verb of violence; the head may continue with further nouns
 * ("police patrol car"). Thread-safe.
 */
final class Phrases {

  private static final int MAX_MODIFIERS = 4;
  private static final int MAX_TRAILING = 2;
  private static final Set<String> STOP = WordSet.of("the", "a", "an", "of", "in", "at", "on", "by", "with",
      "and", "or", "to", "from", "for", "near", "into", "their", "his", "her", "its", "our", "this",
      "that", "these", "those", "who", "which", "were", "was", "are", "is", "been", "be", "had", "has",
      "have", "said", "say", "says", "as", "after", "before", "when", "while", "during", "against",
      "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "other", "others", "both", "all", "than", "more", "least", "about", "also", "then",
      "but", "not", "no", "they", "he", "she", "it", "we", "you", "i", "them", "him", "there",
      "where", "what", "how", "why", "today", "yesterday", "tonight", "s", "over", "under",
      "inside", "outside", "across", "through", "around", "between", "toward", "towards", "upon", "such", "late",
      "early", "overnight", "earlier", "later");

  private Phrases() {}

  /** The noun phrase whose head is tokens {@code [first, end)}, within tokens {@code [from, to)}. */
  static Span around(Doc doc, int first, int end, int from, int to, boolean trailing) {
    int a = first;
    while (a - 1 >= from && first - (a - 1) <= MAX_MODIFIERS && modifier(doc, a - 1)) {
      a--;
    }
    int b = end;
    // a participle after the head describes it, it is not part of its name: "a shrine disguised as ..."
    while (trailing && b < to && b - end < MAX_TRAILING && modifier(doc, b) && continues(doc, end, b)
        && !(doc.key(b).endsWith("ed") && doc.key(b).length() > 4)) {
      b++;
    }
    return new Span(doc.tokens.get(a).start(), doc.tokens.get(b - 1).end());
  }

  /**
   * Whether token {@code b} continues the head ending before {@code end}: a word cased as the head
   * ("police patrol car", "Sahafi Hotel"); in text written in capitals, where case says nothing,
   * only a word that is itself a target ("POLICE PATROL CAR", not "COUNCIL WILL MEET").
   */
  private static boolean continues(Doc doc, int end, int b) {
    if (doc.allCaps) {
      return !doc.cuesStartingIn(b, b + 1, c -> c.category().equals("target")).isEmpty();
    }
    return doc.tokens.get(b).capitalised() == doc.tokens.get(end - 1).capitalised();
  }

  static boolean isFunctionWord(String key) {
    return STOP.contains(key);
  }

  private static boolean modifier(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    boolean joiningHyphen = t.key().equals("-") && i > 0 && doc.tokens.get(i - 1).end() == t.start();
    if (!t.isWord() && !joiningHyphen) {
      return false;
    }
    String k = t.key();
    return !STOP.contains(k) && CasualtyWords.roleOf(k) == null && !k.endsWith("ly")
        && !doc.coverage.inTrigger(i) && !k.endsWith("ing") && (!(k.endsWith("ed") && k.length() > 4) || LOOKS.contains(k));
  }

  /** Participles that describe how people looked, not what was done: "unidentified assailants", "masked men". */
  private static final Set<String> LOOKS = WordSet.of("unidentified", "uniformed", "masked", "hooded", "armed",
      "camouflaged", "disguised");
}
