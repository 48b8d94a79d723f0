package org.vigil.extract;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Vehicles the attackers rode: "gunmen on motorbikes killed 14 civilians", "militants in pickup
 * trucks", "attackers riding motorcycles", "attackers who arrived on motorbikes". Told right after the people who acted, the vehicle is
 * how they came, not what they attacked ("gunmen opened fire on a bus" is not such a phrase: the
 * word before "on" is no attacker). Stateless.
 */
final class RiddenVehicles {

  private RiddenVehicles() {}

  /** How many words (determiners, numbers, adjectives) may stand between the preposition and the vehicle. */
  private static final int MAX_BETWEEN = 3;

  private static final Set<String> VEHICLES = WordSet.of("motorbike", "motorbikes", "motorcycle", "motorcycles",
      "motorcycle-taxis", "bikes", "bicycles", "pickup", "pickups", "trucks", "truck", "cars", "car", "vehicles",
      "vehicle", "horseback", "horses", "camels", "boats", "boat", "speedboats", "canoes", "vans", "van", "jeeps",
      "jeep", "4x4s", "buses");
  private static final Set<String> RIDING = WordSet.of("on", "in", "riding", "aboard", "astride", "driving");
  private static final Set<String> CAME = WordSet.of("arrived", "came", "travelled", "traveled", "were", "rode", "fled");
  private static final Set<String> RELATIVES = WordSet.of("who", "that");
  private static final Set<String> ALSO_ACTORS = WordSet.of("men", "bandits", "herdsmen", "gang", "gangs", "kidnappers",
      "abductors", "killers", "assassins", "hitmen", "pirates", "militiamen", "jihadists", "bomber");

  /** Whether the phrase at tokens {@code [first, end)} is a vehicle ridden by the attackers named just before it. */
  static boolean any(Doc doc, int first, int end) {
    if (end <= first || !VEHICLES.contains(doc.key(end - 1))) {
      return false;
    }
    for (int k = end - 2; k >= first - 1 && k >= end - 2 - MAX_BETWEEN && k >= 1; k--) {
      if (RIDING.contains(doc.key(k))) {
        int a = k - 1;
        if (CAME.contains(doc.key(a)) && RELATIVES.contains(doc.key(a - 1))) {
          a -= 2; // "attackers who arrived on motorbikes"
        }
        return actor(doc.key(a)) || doc.key(a).equals(",") && actor(doc.key(a - 1)); // "militants, riding motorbikes,"
      }
      if (!doc.tokens.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  private static boolean actor(String key) {
    return CasualtyWords.PERP_NOUNS.contains(key) && !key.equals("hostage") && !key.equals("inmates")
        && !key.equals("inmate") || ALSO_ACTORS.contains(key);
  }
}
