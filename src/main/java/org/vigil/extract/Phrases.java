package org.vigil.extract;

import java.util.List;
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
      "some", "several", "various", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "other", "others", "both", "all", "than", "more", "least", "about", "also", "then",
      "but", "not", "no", "they", "he", "she", "it", "we", "you", "i", "them", "him", "there",
      "where", "what", "how", "why", "today", "yesterday", "tonight", "s", "over", "under",
      "inside", "outside", "across", "through", "around", "between", "toward", "towards", "upon", "such", "late",
      "early", "overnight", "earlier", "later", "whose", "whom", "will", "would", "could", "can", "may", "might",
      "must", "should", "shall", "did", "does", "do", "being");

  private Phrases() {}

  /** The noun phrase whose head is tokens {@code [first, end)}, within tokens {@code [from, to)}. */
  static Span around(Doc doc, int first, int end, int from, int to, boolean trailing) {
    int a = first;
    while (a - 1 >= from && first - (a - 1) <= MAX_MODIFIERS && modifier(doc, a - 1)) {
      a--;
    }
    a = cleanStart(doc, a, first);
    int b = end;
    // a participle after the head describes it, it is not part of its name: "a shrine disguised as ...";
    // nor is the side of a place: "farmers east of Deir al-Balah", "a ship off the coast"
    while (trailing && b < to && b - end < MAX_TRAILING && modifier(doc, b) && continues(doc, end, b)
        && !(doc.key(b).endsWith("ed") && doc.key(b).length() > 4) && !VERBS.contains(doc.key(b))
        && !(PlaceWords.SIDES.contains(doc.key(b)) && doc.key(b + 1).equals("of")) && !doc.key(b).equals("off")) {
      b++;
    }
    return new Span(doc.tokens.get(a).start(), doc.tokens.get(b - 1).end());
  }

  /**
   * Verbs without "-ed" that follow a subject, not a head's next word ("the judge fled"); those of
   * {@link #STOP} and the words of harm ("said", "died") are no modifiers already.
   */
  private static final Set<String> VERBS = WordSet.of("fled", "flees", "told", "went", "came", "ran", "left", "fell",
      "took", "gave", "got", "saw", "lost", "began", "stood", "kept", "met", "fought", "threw", "blew", "broke",
      "caught", "bound", "driven", "taken", "held", "hit", "struck");

  /**
   * Whether token {@code b} continues the head ending before {@code end}: a word cased as the head
   * ("police patrol car", "Sahafi Hotel"); in text written in capitals, where case says nothing,
   * only a word that is itself a target or a branch of one ("POLICE PATROL CAR", "BANK BRANCHES", not "COUNCIL WILL MEET").
   */
  private static final Set<String> BRANCHES = WordSet.of("branch", "branches");

  private static boolean continues(Doc doc, int end, int b) {
    if (!doc.datesIn(b, b + 1).isEmpty()) {
      return false; // "priests last week": a date after the head is no part of it
    }
    if (doc.allCaps) { // "BANK BRANCHES": a branch goes on from the word that says whose it is
      return BRANCHES.contains(doc.key(b)) || !doc.cuesStartingIn(b, b + 1, c -> c.category().equals("target")).isEmpty();
    }
    return doc.tokens.get(b).capitalised() == doc.tokens.get(end - 1).capitalised();
  }

  static boolean isFunctionWord(String key) {
    return STOP.contains(key);
  }

  private static boolean modifier(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    if (!t.isWord() && !joiningHyphen(doc, i)) {
      return false;
    }
    String k = t.key();
    if (doc.coverage.inGroup(i, i + 1)) {
      return true; // "SHINING PATH TERRORISTS"
    }
    return !STOP.contains(k) && CasualtyWords.roleAt(doc, i) == null && !(k.endsWith("ly") && !describes(doc, i + 1))
        && !doc.coverage.inTrigger(i) && !k.endsWith("ing") && (!(k.endsWith("ed") && k.length() > 4) || adjective(doc, i))
        && !neverModifier(doc, i);
  }

  /**
   * Where a phrase whose modifiers reach back to {@code a} should start, at most at its head: not
   * inside a group's name ("NATIONAL LIBERATION FRONT URBAN GUERRILLAS" is "URBAN GUERRILLAS"), nor
   * at a hyphen or the possessive of a word left out ("-ARMED MEN", "'S CAR BOMB"), nor at "so-called"
   * or its half, which only hedges the name after it ("THE SO-CALLED X CELL" is "X CELL").
   */
  static int cleanStart(Doc doc, int a, int head) {
    for (NamedMention<?> g : doc.groups) {
      if (g.first() < a && a < g.end()) {
        a = Math.min(g.end(), head);
      }
    }
    while (a < head && (doc.key(a).equals("-") || doc.key(a).equals("'") || doc.key(a).equals("s") && a > 0
        && doc.key(a - 1).equals("'"))) {
      a++;
    }
    if (a + 2 < head && doc.key(a).equals("so") && joiningHyphen(doc, a + 1) && doc.key(a + 2).equals("called")) {
      a += 3;
    } else if (a + 1 < head && a > 1 && doc.key(a).equals("called") && joiningHyphen(doc, a - 1)
        && doc.key(a - 2).equals("so")) {
      a++;
    }
    return a;
  }

  /** A hyphen inside a word ("STATE-OWNED"), not a dash between words ("OFFICES - WHOSE"). */
  static boolean joiningHyphen(Doc doc, int i) {
    List<Token> t = doc.tokens;
    String k = t.get(i).key();
    // a hyphen, or an apostrophe inside a word ("Shi'ite", "Ma'rib"), not a possessive's
    boolean joiner = k.equals("-") || k.equals("'") && i + 1 < t.size() && t.get(i + 1).key().length() > 1;
    return joiner && i > 0 && i + 1 < t.size() && t.get(i - 1).end() == t.get(i).start()
        && t.get(i).end() == t.get(i + 1).start();
  }

  /**
   * A participle that describes rather than tells what was done: one of {@link #LOOKS}, or the
   * second half of a hyphenated word ("STATE-OWNED BANKS").
   */
  static boolean adjective(Doc doc, int i) {
    return looks(doc.key(i)) || i > 0 && joiningHyphen(doc, i - 1);
  }

  /** A participle of {@link #LOOKS} at token {@code i}, or after a hyphen there: "HEAVILY ARMED", "HEAVILY-ARMED". */
  static boolean describes(Doc doc, int i) {
    return looks(doc.key(i)) || doc.key(i).equals("-") && looks(doc.key(i + 1));
  }

  /** True for a participle of {@link #LOOKS}: "unidentified", "armed", "armored". */
  private static boolean looks(String key) {
    return LOOKS.contains(key);
  }

  /** Participles that describe how people or things looked, not what was done: "unidentified assailants", "masked men". */
  private static final Set<String> LOOKS = WordSet.of("unidentified", "uniformed", "masked", "hooded", "armed",
      "camouflaged", "disguised", "armored", "armoured", "hired");

  /**
   * A word that never describes the head after it: a word of time ("LAST WEEK FRANCISCO MERINO'S
   * RESIDENCE") or the verb after a modal ("COULD DESTROY STORES").
   */
  static boolean neverModifier(Doc doc, int i) {
    return TIME.contains(doc.key(i)) || i > 0 && MODALS.contains(doc.key(i - 1));
  }

  private static final Set<String> MODALS = WordSet.of("will", "would", "could", "can", "may", "might", "must",
      "should", "shall", "did", "does", "do");

  /** Words of time, which tell when, never what: "last week Francisco Merino's residence", "on 12 January Shining Path terrorists". */
  private static final Set<String> TIME = WordSet.of("week", "weekend", "morning", "afternoon", "evening", "night",
      "midnight", "dawn", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight", "hours", "days", "weeks", "months", "years", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december");
}
