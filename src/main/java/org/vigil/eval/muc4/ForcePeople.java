package org.vigil.eval.muc4;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * A state force the engine names by its people ("SOLDIERS", "ARMY TROOPS", "NATIONAL POLICE
 * AGENTS"): MUC-4's keys code such people as perpetrator individuals, and only the body they
 * belong to, when the words name one ("ARMY", "NATIONAL POLICE"), as the organisation; a force
 * named as a body ("ARMED FORCES", "THE ARMY") stays an organisation. So are a group's fighters when the
 * engine read the group from words for them ("SALVADORAN GUERRILLAS"). Stateless.
 */
final class ForcePeople {

  /** Nouns that name the people of a force, not the force. */
  static final Set<String> PEOPLE = WordSet.of("soldiers", "soldier", "troops", "policemen", "policeman",
      "commandos", "paratroopers", "marines", "agents", "guardsmen", "personnel", "members", "officers",
      "gendarmes", "men");

  /** Nouns for fighters of an armed group: a group named by them ("SALVADORAN GUERRILLAS") is named by its people. */
  static final Set<String> FIGHTERS = WordSet.of("guerrillas", "rebels", "commandos", "commandoes", "terrorists");

  private ForcePeople() {}

  /** True when a group's words end with a noun for its fighters ("SALVADORAN GUERRILLAS"), not its name. */
  static boolean fighters(String mention) {
    String[] words = words(mention);
    return words.length > 0 && FIGHTERS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** True when the words end with a noun of the people of a force. */
  static boolean people(String mention) {
    String[] words = words(mention);
    return words.length > 0 && PEOPLE.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * The body the people's words name before their noun ("GUATEMALAN ARMY" of "GUATEMALAN ARMY
   * TROOPS"), as written; empty for people named alone ("SOLDIERS") or not people at all.
   */
  static Optional<String> body(String mention) {
    if (!people(mention)) {
      return Optional.empty();
    }
    String[] words = words(mention);
    String[] before = Arrays.copyOf(words, words.length - 1);
    boolean named = Arrays.stream(before).anyMatch(w -> BODIES.contains(w.toLowerCase(Locale.ROOT)));
    return named ? Optional.of(String.join(" ", before)) : Optional.empty();
  }

  /** Words that make the words before the people's noun a body of the state. */
  private static final Set<String> BODIES = WordSet.of("army", "police", "guard", "military", "navy", "battalion",
      "brigade", "detachment", "forces", "force", "corps", "marine", "regiment");

  private static String[] words(String mention) {
    String s = mention.strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }
}
