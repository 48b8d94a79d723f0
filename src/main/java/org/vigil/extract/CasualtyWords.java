package org.vigil.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.WordSet;

/** The words of harm that give a figure its role ("killed", "wounded", "arrested", "abducted"), and the words around them. */
final class CasualtyWords {

  private CasualtyWords() {}

  /** Objects of a verb of harm that stand for one person ("shot him dead"). */
  static final Set<String> PRONOUNS = WordSet.of("him", "her");
  /** Verbs before "him dead": "shot him dead", "after shooting her dead". */
  static final Set<String> SHOOTING = WordSet.of("shot", "shooting");
  static final Set<String> KILL = WordSet.of("killed", "killing", "kill", "kills", "dead", "died", "die",
      "dies", "deaths", "slain", "perished", "massacred", "murdered", "executed", "dying", "lives",
      "bodies", "fatalities", "fatally", "succumbed", "beheaded", "decapitated", "assassinated", "lynched");
  static final Set<String> WOUND = WordSet.of("wounded", "wounding", "injured", "injuring", "injuries", "stabbed", "hurt", "wounds", "maimed");
  static final Set<String> ARREST = WordSet.of("arrested", "arresting", "arrest", "arrests", "detained", "detaining", "apprehended", "captured", "rounded", "custody", "nabbed", "detains");
  static final Set<String> KIDNAP = WordSet.of("kidnapped", "kidnapping", "abducted", "abducting",
      "hostage", "hostages", "captive", "captives", "kidnaps", "abducts", "held", "seized", "taken");
  static final Set<String> PERP_NOUNS = WordSet.of("attackers", "attacker", "assailants", "assailant", "militants", "militant", "gunmen", "gunman", "insurgents", "insurgent", "terrorists", "terrorist", "bombers", "bomber", "rebels", "rebel", "guerrillas", "guerrilla", "subversives", "subversive", "extremists", "extremist", "hijackers", "hijacker", "kidnappers", "jihadists", "fighters", "perpetrators", "perpetrator", "raiders", "hostage-taker", "inmates", "inmate", "hostage", "suicide");
  static final Set<String> AUX = WordSet.of("were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "all", "later", "subsequently", "being", "confirmed", "believed", "feared", "seriously", "critically", "slightly", "badly", "left", "who", "that", "of", "them", "killed", "instantly", "immediately", "then", "not", "either", "both");
  static final Set<String> STOP = WordSet.of("and", "or", "but", "in", "at", "on", "by", "with",
      "from", "to", "as", "after", "before", "when", "while", "during", "the", "a", "an", "for", "near", "outside",
      "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest");

  /** The role of each word of harm, the last set put winning (KILL over WOUND over ARREST over KIDNAP): one look-up. */
  private static final Map<String, CasualtyRules.Role> ROLES = roles();

  private static Map<String, CasualtyRules.Role> roles() {
    Map<String, CasualtyRules.Role> out = new HashMap<>();
    KIDNAP.forEach(w -> out.put(w, CasualtyRules.Role.KIDNAPPED));
    ARREST.forEach(w -> out.put(w, CasualtyRules.Role.ARRESTED));
    WOUND.forEach(w -> out.put(w, CasualtyRules.Role.WOUNDED));
    KILL.forEach(w -> out.put(w, CasualtyRules.Role.KILLED));
    return WordSet.map(out);
  }

  static CasualtyRules.@Nullable Role roleOf(String k) {
    return ROLES.get(k);
  }

  /**
   * Whether the words at {@code k} say someone was killed though no word of them does alone: "shot
   * dead", "gunned down", "stabbed (beaten, hacked, burned) to death".
   */
  static boolean fatalPhrase(Doc doc, int k) {
    String w = doc.key(k);
    String next = doc.key(k + 1);
    return w.equals("shot") && next.equals("dead") || w.equals("gunned") && next.equals("down") || toDeath(doc, k, k + 1);
  }

  /**
   * Whether the verb of harm at {@code verb} is told fatal by "to death" at {@code after}: "stabbed
   * to death", and past its object, "shot two policemen to death".
   */
  static boolean toDeath(Doc doc, int verb, int after) {
    String w = doc.key(verb);
    return doc.key(after).equals("to") && doc.key(after + 1).equals("death")
        && (w.endsWith("ed") && !SENTENCED.contains(w) || UNSUFFIXED_HARM.contains(w));
  }

  /** Past forms of verbs of harm that do not end in "-ed". */
  private static final Set<String> UNSUFFIXED_HARM = WordSet.of("shot", "beat", "beaten", "burnt", "cut", "bled");

  /** "was shot and killed": the verb of harm after "shot and" or "stabbed and". */
  static int shotAnd(Doc doc, int k) {
    return (doc.key(k).equals("shot") || doc.key(k).equals("stabbed")) && doc.key(k + 1).equals("and") ? k + 2 : k;
  }

  /** Whether tokens {@code [from, to)} tell a killing ("killed", "shot dead", "bodies"). */
  static boolean killingIn(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (KILL.contains(doc.key(k)) || fatalPhrase(doc, k)) {
        return true;
      }
    }
    return false;
  }

  /** "sentenced to death": a verdict, not a killing. */
  private static final java.util.Set<String> SENTENCED = WordSet.of("sentenced", "condemned", "doomed");

  static boolean verb(String k) {
    return roleOf(k) != null;
  }

  /** {@link #roleOf} of token {@code k}'s key ({@link Doc#key}), read once per token of the report. */
  static CasualtyRules.@Nullable Role roleAt(Doc doc, int k) {
    return doc.facts.role(k);
  }

  /** {@link #verb} of token {@code k}'s key ({@link Doc#key}), read once per token of the report. */
  static boolean verbAt(Doc doc, int k) {
    return doc.facts.role(k) != null;
  }

  /** Heads after "a" or "the" that are no person: "an unknown number", "the next day". */
  static final java.util.Set<String> NO_ONE = WordSet.of("number", "day", "night", "morning", "evening", "afternoon",
      "week", "time", "hour");

  /** Animals killed in a raid ("killed 12 cows"): not its toll. */
  static final java.util.Set<String> ANIMALS = WordSet.of("cows", "cattle", "goats", "sheep", "camels", "donkeys",
      "horses", "dogs", "livestock", "pigs", "chickens", "animals", "cow", "goat", "camel", "donkey", "horse", "dog");

  /** Words after a number that make it a measure, not people. */
  static final java.util.Set<String> UNITS = WordSet.of("km", "kilometres", "kilometers", "miles",
      "years", "year", "percent", "%", "metres", "meters", "hours", "minutes", "days", "kg", "kilograms", "am", "pm",
      "o'clock");

  /** Words beyond the first of an age at token {@code i} ("26-year-old" is five tokens): 4, or 0 for no age. */
  static int ageWords(Doc doc, int i) {
    boolean age = i < doc.tokens.size() && doc.tokens.get(i).kind() == org.vigil.text.Token.Kind.NUMBER
        && doc.key(i + 1).equals("-") && doc.key(i + 2).equals("year") && doc.key(i + 3).equals("-")
        && (doc.key(i + 4).equals("old") || doc.key(i + 4).equals("olds"));
    return age ? 4 : 0;
  }

  /** The token after an age starting at {@code i} ("26-year-old"), or {@code i} when none starts there. */
  static int afterAge(Doc doc, int i) {
    return ageWords(doc, i) > 0 ? i + 5 : i;
  }
}

