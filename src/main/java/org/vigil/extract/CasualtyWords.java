package org.vigil.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The words of harm that give a figure its role ("killed", "wounded", "arrested", "abducted"), and the words around them. */
final class CasualtyWords {

  private CasualtyWords() {}

  /** Objects of a verb of harm that stand for one person ("shot him dead"). */
  static final Set<String> PRONOUNS = Set.of("him", "her");
  static final Set<String> KILL = Set.of("killed", "killing", "kill", "kills", "dead", "died", "die",
      "dies", "deaths", "slain", "perished", "massacred", "murdered", "executed", "dying", "lives",
      "bodies", "fatalities", "fatally", "succumbed", "beheaded", "decapitated");
  static final Set<String> WOUND = Set.of("wounded", "wounding", "injured", "injuring", "injuries", "stabbed", "hurt", "wounds", "maimed");
  static final Set<String> ARREST = Set.of("arrested", "arresting", "arrest", "arrests", "detained", "detaining", "apprehended", "captured", "rounded", "custody", "nabbed", "detains");
  static final Set<String> KIDNAP = Set.of("kidnapped", "kidnapping", "abducted", "abducting",
      "hostage", "hostages", "captive", "captives", "kidnaps", "abducts", "held", "seized", "taken");
  static final Set<String> PERP_NOUNS = Set.of("attackers", "attacker", "assailants", "assailant", "militants", "militant", "gunmen", "gunman", "insurgents", "insurgent", "terrorists", "terrorist", "bombers", "bomber", "rebels", "rebel", "guerrillas", "guerrilla", "subversives", "subversive", "extremists", "extremist", "hijackers", "hijacker", "kidnappers", "jihadists", "fighters", "perpetrators", "perpetrator", "raiders", "hostage-taker", "inmates", "inmate", "hostage", "suicide");
  static final Set<String> AUX = Set.of("were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "all", "later", "subsequently", "being", "confirmed", "believed", "feared", "seriously", "critically", "slightly", "badly", "left", "who", "that", "of", "them", "killed", "instantly", "immediately", "then", "not", "either", "both");
  static final Set<String> STOP = Set.of("and", "or", "but", "in", "at", "on", "by", "with",
      "from", "to", "as", "after", "before", "when", "while", "during", "the", "a", "an", "for");

  static CasualtyRules.@Nullable Role roleOf(String k) {
    if (KILL.contains(k)) {
      return CasualtyRules.Role.KILLED;
    }
    if (WOUND.contains(k)) {
      return CasualtyRules.Role.WOUNDED;
    }
    if (ARREST.contains(k)) {
      return CasualtyRules.Role.ARRESTED;
    }
    if (KIDNAP.contains(k)) {
      return CasualtyRules.Role.KIDNAPPED;
    }
    return null;
  }

  static boolean verb(String k) {
    return roleOf(k) != null;
  }

  /** Words after a number that make it a measure, not people. */
  static final java.util.Set<String> UNITS = java.util.Set.of("km", "kilometres", "kilometers", "miles",
      "years", "year", "percent", "%", "metres", "meters", "hours", "minutes", "days", "kg", "kilograms", "am", "pm",
      "o'clock");
}
