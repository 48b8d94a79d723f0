package org.vigil.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/** Word patterns around a casualty figure: who did what to the people a number counts. Thread-safe. */
final class CasualtyPhrases {

  private CasualtyPhrases() {}

  private static final Set<String> SECURITY = WordSet.of("officer", "officers", "police", "policeman",
      "policemen", "soldier", "soldiers", "forces", "troops", "guard", "guards", "commandos", "sniper");

  /** "a third officer shot him dead": security forces killing the attacker. */
  static boolean securitySubject(Doc doc, int pronoun, int from) {
    for (int i = Math.max(from, pronoun - 5); i < pronoun; i++) {
      if (SECURITY.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /** Forms of "be" that make a verb of harm after them passive. */
  private static final Set<String> BE = WordSet.of("were", "was", "been", "are", "is", "being", "be");

  /** Words that open another clause, with a subject of its own. */
  private static final Set<String> CLAUSE_STARTS = WordSet.of("before", "after", "when", "while", "until",
      "he", "she", "they", "it");

  /** "... were killed" a few words on, with nothing but words between. */
  static CasualtyRules.@Nullable Role passiveAhead(Doc doc, int from, int to) {
    for (int i = from; i < Math.min(to, from + 8); i++) {
      Token t = doc.tokens.get(i);
      if (!t.isWord() && !t.key().equals("-") && !t.key().equals("'")) {
        return null;
      }
      String k = t.key();
      if (k.equals("and") && (doc.key(i + 1).equals("a") || doc.key(i + 1).equals("an") || doc.key(i + 1).equals("one")
          || VAGUE.contains(doc.key(i + 1)))) {
        continue; // "three militants and an Indian soldier were killed", "three soldiers and several attackers"
      }
      if (k.equals("and") || k.equals("but") || k.equals("who") || k.equals("which") || CLAUSE_STARTS.contains(k)) {
        return null; // "wounding at least eight before he was shot dead": the dead is another
      }
      CasualtyRules.Role r = CasualtyWords.roleAt(doc, i);
      if (r != null) {
        String prev = doc.key(i - 1);
        boolean adverb = prev.endsWith("ly") && BE.contains(doc.key(i - 2)); // "were summarily executed"
        return BE.contains(prev) || adverb || k.equals("dead") || k.equals("died") || k.equals("perished") ? r : null;
      }
    }
    return null;
  }

  /** Words after a first passive verb that lead to a later one of the same people. */
  private static final Set<String> THEN = WordSet.of("later", "then", "subsequently", "eventually");

  /**
   * "seven workers were tied up before being shot and killed", "28 people were taken to a forest
   * and later killed": a passive verb at {@code verb} that harms no one, then, in the same clause,
   * the killing of the same people.
   */
  static CasualtyRules.@Nullable Role killedAfter(Doc doc, int verb, int to) {
    if (!BE.contains(doc.key(verb - 1))) {
      return null;
    }
    for (int i = verb + 1; i < to && i <= verb + 10; i++) {
      String k = doc.key(i);
      if (!doc.tokens.get(i).isWord() || k.equals("who") || k.equals("which") || !doc.numbersIn(i, i + 1).isEmpty()) {
        return null;
      }
      int next = k.equals("before") && doc.key(i + 1).equals("being") ? i + 2
          : THEN.contains(k) && doc.key(i - 1).equals("and") ? i + 1 : -1;
      if (next > 0) {
        next = CasualtyWords.shotAnd(doc, next);
        return CasualtyWords.KILL.contains(doc.key(next)) || CasualtyWords.fatalPhrase(doc, next) ? CasualtyRules.Role.KILLED : null;
      }
    }
    return null;
  }

  /** Quantities without a figure: the people they count are not counted, but share the verb. */
  private static final Set<String> VAGUE = WordSet.of("several", "some", "many", "dozens", "scores", "hundreds",
      "other", "others", "numerous");

  private static final Set<String> OBJECTS = WordSet.of("a", "an", "the", "his", "her", "their", "its", "our",
      "at", "dozens", "scores", "hundreds", "several", "many", "some", "him", "them");

  /**
   * "Two gunmen killed three people", "two brothers had kidnapped a boy": with no form of "be"
   * before it and an object after it, the verb is active, and the number before it counts the
   * doers, not the dead.
   */
  static boolean activeWithObject(Doc doc, int nounEnd, int verb, int to) {
    for (int i = nounEnd; i < verb; i++) {
      if (BE.contains(doc.key(i))) {
        return false;
      }
    }
    int next = verb + 1;
    return next < to && (OBJECTS.contains(doc.key(next)) || !doc.numbersIn(next, next + 1).isEmpty());
  }

  static boolean noRoleBetween(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CasualtyWords.roleAt(doc, i) != null || doc.key(i).equals(".") || doc.key(i).equals(";")) {
        return false;
      }
    }
    return true;
  }

  /** A singular noun phrase ("the driver") just before "and". */
  static boolean singularBefore(Doc doc, int and, int from) {
    String last = doc.key(and - 1);
    if (last.isEmpty() || last.endsWith("s") && !last.endsWith("ss") || !doc.tokens.get(and - 1).isWord()) {
      return false;
    }
    for (int i = and - 1; i >= Math.max(from, and - 5); i--) {
      String k = doc.key(i);
      if (k.equals("the") || k.equals("a") || k.equals("an")) {
        return true;
      }
      if (!doc.tokens.get(i).isWord() && !k.equals("'") || CasualtyWords.verb(k) || k.equals("was")) {
        return false; // "a soldier was killed and two others wounded": that person had a verb of its own
      }
    }
    return false;
  }

  private static final Set<String> ASIDES = WordSet.of("including", "among", "mostly", "most", "all", "many", "some");

  /**
   * Where a figure's noun phrase goes on after an aside between commas that ends before its verb ("At least five
   * people, including Abdul Waris, a unit commander, were killed"; "Two civilians, a teacher and a retired official,
   * were killed"), or after "including ..." up to a comma; else {@link SingularVictims#aside}.
   */
  static int aside(Doc doc, int j, int to) {
    for (int k = j + 1; doc.key(j).equals(",") && k < to && k <= j + 24 && !CasualtyWords.verbAt(doc, k); k++) {
      if (doc.key(k).equals(",") && (doc.key(k + 1).equals("were") || doc.key(k + 1).equals("was"))) {
        return k + 1;
      }
    }
    if (!doc.key(j).equals(",") || !ASIDES.contains(doc.key(j + 1))) {
      return SingularVictims.aside(doc, j, to);
    }
    for (int k = j + 2; k < to && k <= j + 14; k++) {
      if (doc.key(k).equals(",")) {
        return k + 1;
      }
      if (doc.key(k).equals("were") || doc.key(k).equals("was")) {
        return k; // "Twenty people, including 13 assailants were killed": the verb of both
      }
    }
    return j;
  }

  /** Words that open a date: "kidnapped the businessman last 9 August", "killed a farmer early Monday". */
  private static final Set<String> DATE_OPENERS = WordSet.of("last", "this", "early", "late", "next");

  /**
   * Whether token {@code j}, after at least one word of a counted noun, ends it: a date ("killed
   * two soldiers Monday"), a past form that is the sentence's verb ("the killing of six priests
   * shocked ..."), not a participle that describes ("armed"), or a participle that opens a clause
   * about the people ("five passengers traveling on the bus", "two students waiting"), not a word
   * of the noun ("two oil drilling workers").
   */
  static boolean endsNoun(Doc doc, int j) {
    String k = doc.key(j);
    return !doc.datesIn(j, j + 1).isEmpty() || DATE_OPENERS.contains(k) && !doc.datesIn(j + 1, j + 2).isEmpty()
        || k.endsWith("ed") && k.length() > 4 && !Phrases.adjective(doc, j) && !doc.key(j - 1).endsWith("ly")
        || opensClause(doc, j);
  }

  /** Words a clause about counted people may take before the next figure: "traveling to Quetta". */
  private static final int MAX_CLAUSE = 6;

  /**
   * Whether tokens {@code [from, and)} are a clause about the people counted before them, opened by
   * a participle ("wounding five passengers traveling to Quetta and two students"): the figure after
   * "and" shares their verb.
   */
  static boolean clauseBetween(Doc doc, int from, int and) {
    if (and - from > MAX_CLAUSE || !opensClause(doc, from)) {
      return false;
    }
    for (int k = from; k < and; k++) {
      if (!doc.tokens.get(k).isWord() || doc.triggerStartsAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensClause(Doc doc, int j) {
    String k = doc.key(j);
    if (!k.endsWith("ing") || k.length() < 6 || !doc.tokens.get(j).isWord()) {
      return false;
    }
    String before = doc.key(j - 1);
    return before.endsWith("s") && !before.endsWith("ss") || j + 1 >= doc.tokens.size()
        || !doc.tokens.get(j + 1).isWord() || Phrases.isFunctionWord(doc.key(j + 1));
  }
}
