package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Strikes told by the aircraft that made them: "Russian aircraft struck the outskirts of the
 * town", "junta jets bombed a monastery", "a drone launched by the rebels hit a gathering". The
 * verb (bombed, hit, killed) or the weapon (a drone) alone reads as a bombing or as violence of
 * no kind; an aircraft or drone written before the verb as the one that struck makes it a strike
 * from the air. An aircraft hit by the attack ("a bomb on board the aircraft"), one brought down
 * ("intercepted", "shot down") or a drone set off in place ("an explosives-laden drone") does not.
 * Thread-safe.
 */
final class AirPlatforms {

  /** Words of aircraft that strike. */
  static final Set<String> AIRCRAFT = WordSet.of("aircraft", "warplane", "warplanes", "jet", "jets", "helicopter",
      "helicopters", "gunship", "gunships", "drone", "drones", "uav", "uavs");
  /** Words before an aircraft that make it what was attacked or where a bomb was. */
  private static final Set<String> HIT = WordSet.of("aboard", "board", "on", "onboard", "at", "against", "into",
      "targeting", "down");
  /** Words that say an aircraft was brought down or used as a bomb, not that it struck. */
  private static final Set<String> NOT_STRIKING = WordSet.of("intercepted", "downed", "crashed", "laden",
      "explosives-laden", "explosive-laden", "suicide", "kamikaze", "hijacked", "planted", "ied", "ieds");

  private AirPlatforms() {}

  /**
   * {@link IncidentType#AIR_STRIKE} for a bombing, or a killing of no kind, whose clauses name an
   * aircraft or a drone before the trigger {@code head} (as the one that struck); {@code type}
   * otherwise.
   */
  static IncidentType refine(Doc doc, List<int[]> clauses, int head, IncidentType type) {
    if (type != IncidentType.BOMBING && type != IncidentType.OTHER_VIOLENCE) {
      return type;
    }
    boolean striker = false;
    for (int[] r : clauses) {
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        if (NOT_STRIKING.contains(k) || k.equals("shot") && doc.key(i + 1).equals("down")) {
          return type;
        }
        striker |= i < head && AIRCRAFT.contains(k) && !HIT.contains(before(doc, i));
      }
    }
    return striker ? IncidentType.AIR_STRIKE : type;
  }

  /** The word before token {@code i}, past an article ("on the aircraft": "on"). */
  private static String before(Doc doc, int i) {
    String k = doc.key(i - 1);
    return k.equals("the") || k.equals("a") || k.equals("an") ? doc.key(i - 2) : k;
  }
}
