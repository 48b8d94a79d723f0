package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Vehicles that were attacked: "burned a tank truck", "a grenade hit his car", "a bomb placed on
 * his vehicle", "an attack against a National Guard jeep", and the vehicles listed after them
 * ("three vehicles -- an ambulance, a fuel truck and a station wagon"). A vehicle is attacked only
 * as the object of a verb of attack or as a victim's own ("his car"): the attackers' vehicles ("men
 * in a car opened fire", "fled on motorcycles") and a vehicle that carries a bomb ("car bomb") are
 * not. Vehicles follow the incident's other targets and never take their place, so they do not
 * decide its target type when anything else was attacked. Thread-safe.
 */
final class VehicleTargets {

  private VehicleTargets() {}

  /** How many vehicles one incident lists at most. */
  static final int MAX = 4;

  /** Verbs (and "against") whose object, a word or two later, is what was attacked. */
  private static final Set<String> STRUCK = WordSet.of("burned", "burnt", "torched", "attacked", "ambushed", "hit",
      "bombed", "destroyed", "firebombed", "strafed", "against", "struck", "riddled", "targeted", "targeting", "under",
      "beneath");
  /** Words before "at", "on" or "to" that make its object what was attacked: "fired at", "placed on", "set fire to". */
  private static final Set<String> AIMING = WordSet.of("fired", "fire", "firing", "shots", "placed", "planted", "hurled",
      "threw", "thrown");
  /** Function words that may stand between the verb and the vehicle. */
  private static final Set<String> BETWEEN = WordSet.of("a", "an", "the", "his", "her", "their", "its", "two", "three",
      "four", "five", "several", "up", "another", "one");
  /** A victim's own vehicle ("his car"; a named owner's, "the mayor's car", too). */
  private static final Set<String> OWNERS = WordSet.of("his", "her", "their");
  /** Ways of moving that make the vehicle the attackers' ("fled in a car"). */
  private static final Set<String> RIDERS = WordSet.of("fled", "arrived", "riding", "rode", "aboard", "driving", "drove",
      "escaped", "travelling", "traveling");
  /** "in a car", "by car", "from a vehicle": a way of travelling, not a target. */
  private static final Set<String> AT = WordSet.of("in", "by", "from", "into");

  /** Vehicles a private person owns or rides in; a truck, a tanker or an ambulance is transport. */
  private static final Set<String> PRIVATE = WordSet.of("car", "cars", "vehicle", "vehicles", "wagon", "jeep", "jeeps",
      "pickup", "pickups", "motorcycle", "motorcycles");
  private static final Set<String> TRANSPORT = WordSet.of("truck", "trucks", "tanker", "tankers", "lorry", "lorries",
      "ambulance", "ambulances", "van", "vans", "minivan");

  /** {@code targets} and after them the vehicles attacked in {@code ranges}, in text order, with their evidence. */
  static List<Target> after(List<Target> targets, Doc doc, List<int[]> ranges, List<Evidence> evidence,
      EvidenceMaker ev) {
    List<Target> out = new ArrayList<>(targets);
    int max = targets.size() + MAX;
    for (int[] r : ranges) {
      int lastKept = -1;
      for (int i = r[0]; i < r[1] && out.size() < max; i++) {
        String k = doc.key(i);
        boolean transport = TRANSPORT.contains(k);
        if (!transport && !PRIVATE.contains(k) || k.equals("wagon") && !doc.key(i - 1).equals("station")
            || carriesWeapon(doc, i) || modifies(doc, i + 1)) {
          continue;
        }
        int first = k.equals("wagon") ? i - 1 : i;
        boolean listed = lastKept >= 0 && doc.sentenceOf[first] == doc.sentenceOf[lastKept]
            && (first - lastKept <= 8 || colonBetween(doc, lastKept, first));
        if (!listed && !struck(doc, first)) {
          continue;
        }
        Span np = Phrases.around(doc, first, i + 1, r[0], r[1], true);
        String words = doc.words(np);
        String vehicle = " " + k + " ";
        if (out.stream().noneMatch(t -> t.text().equalsIgnoreCase(words)
            || (" " + t.text().toLowerCase(Locale.ROOT) + " ").contains(vehicle))) { // "police car", a target already
          out.add(new Target(owner(doc, np).orElse(transport ? TargetType.TRANSPORTATION : TargetType.PRIVATE_CITIZENS),
              words));
          evidence.add(ev.of("targets", np));
        }
        lastKept = i + 1;
      }
    }
    return List.copyOf(out);
  }

  /** "three vehicles near the town on Monday: an ambulance, ...": a list announced by a colon or a dash. */
  private static boolean colonBetween(Doc doc, int from, int to) {
    for (int t = from; t < to; t++) {
      if (doc.key(t).equals(":") || doc.key(t).equals("--") || doc.key(t).equals("-") && doc.key(t + 1).equals("-")) {
        return true;
      }
    }
    return false;
  }

  /** Owners whose vehicles are theirs to the target type: "an army truck", "a police jeep". */
  private static final Map<String, TargetType> FORCES = Map.of("army", TargetType.MILITARY,
      "military", TargetType.MILITARY, "troops", TargetType.MILITARY, "guard", TargetType.MILITARY,
      "navy", TargetType.MILITARY, "police", TargetType.POLICE);

  /** The force a vehicle belongs to, by a word of its phrase. */
  private static Optional<TargetType> owner(Doc doc, Span np) {
    for (int t = doc.tokenAt(np.start()); t < doc.tokenAt(np.end()); t++) {
      TargetType type = FORCES.get(doc.key(t));
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** "burned a tank truck", "hit his car", "placed on his vehicle": the object of a verb of attack, or a victim's own. */
  private static boolean struck(Doc doc, int first) {
    for (int b = first - 1; b >= 0 && b >= first - 4; b--) {
      if (RIDERS.contains(doc.key(b))) {
        return false;
      }
    }
    if (AT.contains(doc.key(first - 1)) || AT.contains(doc.key(first - 2)) && BETWEEN.contains(doc.key(first - 1))
        && !OWNERS.contains(doc.key(first - 1))) {
      return false; // "men in a car": the attackers' own
    }
    for (int b = first - 1, n = 0; n < 4 && b >= 0; n++, b--) {
      String k = doc.key(b);
      if (OWNERS.contains(k) || STRUCK.contains(k) || doc.coverage.inTrigger(b)
          || SingularVictims.possessive(doc, b - 1)) {
        return true;
      }
      if (k.equals("to") || k.equals("at") || k.equals("on")) {
        return AIMING.contains(doc.key(b - 1));
      }
      if (!doc.tokens.get(b).isWord() || k.endsWith("ed") || Phrases.isFunctionWord(k) && !BETWEEN.contains(k)) {
        return false; // "fuel", "National Guard", "hospital" may stand between; a verb or a clause's word may not
      }
    }
    return false;
  }

  /** Words that may follow a vehicle that is the head of its phrase. */
  private static final Set<String> FOLLOWERS = WordSet.of("was", "were", "is", "are", "had", "has", "that", "which",
      "carrying", "belonging", "owned", "parked", "bound", "driven", "full", "with", "of", "in", "on", "at", "near", "outside", "and", "or", "as",
      "when", "while", "after", "before", "to", "from", "by", "but", "the", "a", "an", "his", "her", "their", "its");

  /** "car dealership", "truck drivers": a vehicle word that modifies the noun after it. */
  private static boolean modifies(Doc doc, int next) {
    if (next >= doc.tokens.size() || !doc.tokens.get(next).isWord()) {
      return false;
    }
    String k = doc.key(next);
    return !FOLLOWERS.contains(k) && !k.endsWith("ed") && !k.endsWith("ing") && !doc.coverage.inTrigger(next);
  }

  /** "car bomb", "truck laden with explosives", "the vehicle used in the attack": the vehicle is the attackers'. */
  private static boolean carriesWeapon(Doc doc, int i) {
    return LADEN.contains(doc.key(i + 1))
        || !doc.cuesStartingIn(i, i + 2, c -> c.category().equals("weapon") && !c.label().equals("vehicle")).isEmpty();
  }

  /** Words after a vehicle that make it the attackers': "laden with", "used in", "bomb". */
  private static final Set<String> LADEN = WordSet.of("laden", "loaded", "packed", "rigged", "filled", "stuffed",
      "full", "used", "bomb", "bombs", "bomber", "bombers", "bombing", "bombings");
}
