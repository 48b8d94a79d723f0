package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Violence of forces that answered an attack and fell on its authors: the police who shot the
 * attacker, the soldiers who killed the gunman. Those forces are neither the attack's
 * perpetrators nor its targets. Thread-safe.
 */
final class Responses {

  private Responses() {}

  /**
   * "... before police shot and wounded him", "troops killed the gunmen": after the attack's own
   * trigger (the caller checks that one comes first), a force whose violence falls on the
   * attackers answers the attack; it is not one of its authors.
   */
  static boolean answersAttacker(Doc doc, Match<Cue> t) {
    int k = objectStart(doc, t);
    String w = doc.key(k);
    String noun = w.equals("the") || w.equals("all") || w.equals("both") ? doc.key(k + 1) : w;
    return w.equals("him") || w.equals("them") || CasualtyWords.PERP_NOUNS.contains(noun)
        || noun.equals("suspect") || noun.equals("suspects");
  }

  /**
   * "police shot dead a gunman who opened fire on worshippers", "troops killed a man who tried to
   * stab soldiers": the force's violence fell on someone whose own attack a relative clause
   * tells, whatever comes first in the sentence, or who are named by the attack told ("security
   * forces killed 12 of the attackers"); the force answered that attack.
   */
  static boolean fellOnAttacker(Doc doc, Match<Cue> t) {
    int k = objectStart(doc, t);
    int who = relativeAfter(doc, k + (ARTICLES.contains(doc.key(k)) ? 1 : 0));
    return who > k && attackFollows(doc, who) || theAttackers(doc, k);
  }

  /** Nouns that name people by the attack they made. */
  private static final Set<String> BY_THE_ATTACK = WordSet.of("attackers", "attacker", "assailants", "assailant",
      "gunmen", "gunman", "raiders", "perpetrators", "hijackers", "hijacker", "kidnappers", "bombers", "hostage-takers");

  /** "killed 12 of the attackers", "shot dead the gunman", "killed all three assailants": those who made the attack told. */
  private static boolean theAttackers(Doc doc, int k) {
    int i = k;
    boolean definite = doc.key(i).equals("all") || doc.key(i).equals("both");
    if (definite || doc.key(i).equals("some")) {
      i++;
    }
    if (i < doc.tokens.size() && doc.tokens.get(i).kind() == org.vigil.text.Token.Kind.NUMBER) {
      i++;
    }
    if (doc.key(i).equals("of")) {
      i++;
    }
    if (doc.key(i).equals("the")) {
      definite = true;
      i++;
    }
    return definite && BY_THE_ATTACK.contains(doc.key(i));
  }

  /** Where the object of trigger {@code t} starts, past "and" and further verbs: "shot and wounded him", "shot dead the attacker". */
  private static int objectStart(Doc doc, Match<Cue> t) {
    int k = t.endToken();
    while (k < t.endToken() + 3 && (doc.key(k).equals("and") || CasualtyWords.verbAt(doc, k))) {
      k++;
    }
    return k;
  }

  /** "... who opened fire", "... who tried to attack": the relative pronoun at {@code who} opens a clause of attack. */
  static boolean attackFollows(Doc doc, int who) {
    return doc.key(who).equals("who") && doc.cues(who + 1, Math.min(who + 5, doc.tokens.size()), Cue::isTrigger)
        .stream().anyMatch(c -> Clauses.typeOf(c.value()) != IncidentType.ARREST);
  }

  /** The "who" after at most three words of a noun phrase from {@code k} ("a suspected militant who"), or -1. */
  private static int relativeAfter(Doc doc, int k) {
    for (int i = k; i < k + 4 && i < doc.tokens.size() && doc.tokens.get(i).isWord(); i++) {
      if (doc.key(i).equals("who")) {
        return i > k ? i : -1;
      }
    }
    return -1;
  }

  /**
   * "He was shot dead by off-duty soldiers", "The gunman was killed by police": the force after
   * "by" (its modifiers aside) in a sentence about the attacker (a word for attackers opens it, or
   * a pronoun after a sentence in which an attacker acted) whose harm verb comes before; it
   * answered the attack.
   */
  static boolean answeredBy(Doc doc, int forceFirst) {
    int by = agentBy(doc, forceFirst);
    int a = doc.sentenceFirst(doc.sentenceOf[forceFirst]);
    String first = doc.key(a);
    boolean attacker = PRONOUNS.contains(first) && attackerBefore(doc, doc.sentenceOf[forceFirst] - 1)
        || first.equals("the") && CasualtyWords.PERP_NOUNS.contains(doc.key(a + 1));
    if (!attacker || !doc.key(by).equals("by")) {
      return false;
    }
    for (int i = a + 1; i < by; i++) {
      if (CasualtyWords.verbAt(doc, i) || doc.key(i).equals("shot")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} tells of an attacker acting ("A man opened fire", "the gunmen
   * stormed"), whom a pronoun opening the next sentence stands for; not of a victim ("A journalist
   * was killed ... She was shot by soldiers").
   */
  private static boolean attackerBefore(Doc doc, int s) {
    return s >= 0 && doc.cues(doc.sentenceFirst(s), doc.sentenceEnd(s), Cue::isTrigger).stream()
        .anyMatch(t -> CasualtyWords.PERP_NOUNS.contains(doc.key(t.firstToken() - 1))
            || PEOPLE.contains(doc.key(t.firstToken() - 1)));
  }

  private static final Set<String> PEOPLE = WordSet.of("man", "woman", "men", "youth", "teenager", "suspect");

  /** The token before a phrase's modifiers: "by" in "shot dead by off-duty soldiers", "attacked by the police". */
  static int agentBy(Doc doc, int first) {
    int i = first - 1;
    while (i > first - 4 && i > 0 && (doc.key(i).equals("-") || ARTICLES.contains(doc.key(i))
        || doc.tokens.get(i).isWord() && !doc.tokens.get(i).capitalised() && !Phrases.isFunctionWord(doc.key(i))
            && !doc.key(i).endsWith("ed"))) {
      i--;
    }
    return i;
  }

  private static final Set<String> PRONOUNS = WordSet.of("he", "she", "they");
  private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");

  /** The trigger tells of making a bomb safe ("defused", "bomb disposal"), not of setting it. */
  static boolean countering(Doc doc, Match<Cue> t) {
    for (int k = t.firstToken(); k < t.endToken(); k++) {
      if (COUNTERING.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COUNTERING = WordSet.of("defused", "defuse", "defusing",
      "disposal");
}
