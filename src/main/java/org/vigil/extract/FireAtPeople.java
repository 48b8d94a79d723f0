package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Incendiaries thrown at people: "threw petrol bombs at police officers", "hurled a Molotov
 * cocktail at a police party"; and shots fired at people during an arson ("torched houses and
 * fired at villagers"). The GTD's armed assault is an attack on people with firearms,
 * incendiaries or blades; a fire set to a building or a vehicle stays an attack on the facility.
 * Thread-safe.
 */
final class FireAtPeople {

  /** Nouns of people, as the head of what the incendiary was thrown at. */
  private static final Set<String> PEOPLE = WordSet.of("officers", "officer", "policemen", "policeman", "soldiers",
      "soldier", "troops", "personnel", "civilians", "people", "residents", "villagers", "worshippers", "guards",
      "party", "patrol", "crowd", "family", "passengers", "pedestrians");
  /** Longest description after "at" read for its head noun ("at two off-duty police officers"). */
  private static final int OBJECT_WORDS = 5;

  private FireAtPeople() {}

  /** {@link IncidentType#ARMED_ASSAULT} for an attack on a facility whose incendiary was thrown, or shots fired, at people. */
  static IncidentType refine(Doc doc, List<int[]> clauses, IncidentType type) {
    if (type != IncidentType.FACILITY_ATTACK) {
      return type;
    }
    for (int[] r : clauses) {
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.is("weapon", "incendiary") || c.is("trigger.strong", "armed_assault"))) {
        int at = c.endToken();
        String last = doc.key(at - 1); // "fired at villagers": the trigger holds its preposition
        if (c.value().isTrigger() && (last.equals("at") || last.equals("on")) && people(doc, at, r[1])
            || (doc.key(at).equals("at") || doc.key(at).equals("on")) && people(doc, at + 1, r[1])) {
          return IncidentType.ARMED_ASSAULT;
        }
      }
    }
    return type;
  }

  /** The words from {@code i} name people: their last noun before a verb, a preposition or a stop is one of {@link #PEOPLE}. */
  private static boolean people(Doc doc, int i, int end) {
    String head = null;
    for (int k = i; k < end && k < i + OBJECT_WORDS && doc.tokens.get(k).isWord(); k++) {
      String w = doc.key(k);
      if (Phrases.isFunctionWord(w) && head != null || w.endsWith("ing") && head != null) {
        break;
      }
      if (!Phrases.isFunctionWord(w)) {
        head = w;
      }
    }
    return head != null && PEOPLE.contains(head);
  }
}
