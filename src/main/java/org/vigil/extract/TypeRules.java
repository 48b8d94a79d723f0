package org.vigil.extract;

import java.util.List;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Refinements of an incident's type by the words of its clauses, once its triggers have named
 * it: a clash with protesters, rioters or a crowd is a riot (other violence), not armed forces
 * or groups fighting each other; an explosive-laden drone, boat or vehicle destroyed is a bombing
 * stopped, not an attack on a facility; an arson that killed or wounded people was an assault on
 * them, and an assault that only damaged property an attack on the facility. Thread-safe.
 */
final class TypeRules {

  private TypeRules() {}

  static IncidentType refine(Doc doc, List<int[]> clauses, IncidentType type) {
    if (type == IncidentType.ARMED_CLASH) {
      for (int[] r : clauses) {
        if (doc.has(r[0], r[1], "cue", "protest")) {
          return IncidentType.OTHER_VIOLENCE;
        }
      }
    }
    if (type == IncidentType.FACILITY_ATTACK && (weaponDestroyed(doc, clauses) || sabotageWithExplosives(doc, clauses))) {
      return IncidentType.BOMBING;
    }
    if (type == IncidentType.HOSTAGE_BARRICADE && takenAway(doc, clauses)) {
      return IncidentType.KIDNAPPING;
    }
    return type;
  }

  /** Words of a hostage-taking where the takers hold a place: a siege, a standoff, talks. */
  private static final java.util.Set<String> HOLDING = WordSet.of("siege", "besieged", "standoff", "stand-off",
      "barricaded", "holed", "negotiator", "negotiators", "negotiations", "negotiating", "demands");

  /**
   * "Eleven officers were taken hostage during the attack and released the next day", "took hostage
   * several villagers": people taken hostage in a raid, with no siege, standoff or talks in the
   * report, were carried off, as in a kidnapping, not held in a place.
   */
  private static boolean takenAway(Doc doc, List<int[]> clauses) {
    boolean taken = false;
    for (int[] r : clauses) {
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        if (HOLDING.contains(k)) {
          return false;
        }
        taken |= (k.equals("hostage") || k.equals("hostages")) && (doc.key(i - 1).equals("taken")
            || doc.key(i - 1).equals("took") || doc.key(i - 2).equals("taken") || doc.key(i - 2).equals("took"));
      }
    }
    return taken;
  }

  /**
   * "Gunmen stormed the village, shot two farmers and set fire to homes", "set fire to a
   * dormitory; three students were hurt": an attack on property that killed or wounded others than
   * its perpetrators was an armed assault on the people (the GTD codes it so; its facility
   * attacks are those aimed at property alone).
   */
  static IncidentType byHarm(IncidentType type, boolean harmedOthers) {
    return type == IncidentType.FACILITY_ATTACK && harmedOthers ? IncidentType.ARMED_ASSAULT : type;
  }

  /** Words of a raid, which security forces make to arrest as often as attackers make to kill. */
  private static final java.util.Set<String> RAIDING = WordSet.of("raided", "raid", "raids", "stormed", "storming");

  /**
   * "IDF forces raided Tubas and arrested five men": a raid told with state forces before it, so
   * that arrests told after it in its sentence are its outcome (the raiders made them), not an
   * incident of their own.
   */
  static boolean forcesRaided(Doc doc, EventMention raid) {
    Match<Cue> h = raid.head();
    if (!RAIDING.contains(doc.key(h.endToken() - 1))) {
      return false;
    }
    int from = doc.sentenceFirst(raid.sentence);
    return doc.agencies.stream().anyMatch(a -> a.first() >= from && a.end() <= h.firstToken())
        || !doc.cues(from, h.firstToken(), c -> c.category().equals("agency")).isEmpty();
  }

  /**
   * A raid by state forces ({@link #forcesRaided}) whose only outcome told is arrests (no one
   * killed or hurt, no shot fired, no one carried off) was an arrest operation, not an assault.
   */
  static IncidentType byArrests(Doc doc, List<int[]> clauses, EventMention first, IncidentType type, boolean harmed) {
    if (type != IncidentType.ARMED_ASSAULT || harmed || !forcesRaided(doc, first)) {
      return type;
    }
    boolean arrests = false;
    for (int[] r : clauses) {
      for (Match<Cue> c : doc.cues(r[0], r[1], Cue::isTrigger)) {
        String label = c.value().label();
        if (!label.equals("arrest") && c.value().category().equals("trigger.strong")
            && !RAIDING.contains(doc.key(c.endToken() - 1))) {
          return type; // "raided the camp, opened fire and abducted two": more than arrests
        }
        arrests |= label.equals("arrest");
      }
    }
    return arrests ? IncidentType.ARREST : type;
  }

  /** Verbs whose object is what was attacked. */
  private static final java.util.Set<String> AIMING = java.util.Set.of("attacked", "raided", "targeted", "targeting");
  /** Words that report harm to property, or property taken ("ballot boxes were stolen", "looted shops"). */
  private static final java.util.Set<String> DAMAGE = WordSet.of("damaged", "damage", "damaging", "stolen", "stole",
      "looted", "looting", "plundered");

  /**
   * "Gunmen opened fire on the party's offices; no one was hurt, but the building was damaged",
   * "gunmen raided a polling station and stole the ballot boxes; no one was hurt", "attacked an
   * electricity tower": an assault without explosives that harmed nobody but damaged or took
   * property, or was aimed at a power or telecommunication installation, was an attack on the
   * facility (the GTD codes it so).
   */
  static IncidentType byProperty(Doc doc, List<int[]> clauses, IncidentType type, boolean harmedOthers,
      List<Weapon> weapons) {
    if (type != IncidentType.ARMED_ASSAULT || harmedOthers
        || weapons.stream().anyMatch(w -> w.type() == WeaponType.EXPLOSIVES)) {
      return type;
    }
    for (int[] r : clauses) {
      for (int i = r[0]; i < r[1]; i++) {
        if (DAMAGE.contains(doc.key(i))) {
          return IncidentType.FACILITY_ATTACK;
        }
      }
      for (var c : doc.cues(r[0], r[1], c -> c.is("target", "utilities") || c.is("target", "telecommunication"))) {
        int k = c.firstToken() - 1;
        while (k > r[0] && (doc.key(k).equals("the") || doc.key(k).equals("a") || doc.key(k).equals("an"))) {
          k--;
        }
        if (AIMING.contains(doc.key(k))) { // not "a post at the entrance to the oil field"
          return IncidentType.FACILITY_ATTACK;
        }
      }
    }
    return type;
  }

  /** Words after "destroyed" that may stand before the thing destroyed ("destroyed two explosives-laden boats"). */
  private static final int OBJECT_WORDS = 5;

  /**
   * "Air defences intercepted and destroyed an explosives-laden drone": what was destroyed is the
   * attackers' device, so the incident is the bombing it was meant to be.
   */
  private static boolean weaponDestroyed(Doc doc, List<int[]> clauses) {
    boolean destroyed = false;
    for (int[] r : clauses) {
      for (var t : doc.cues(r[0], r[1], c -> c.isTrigger() && c.label().equals("facility_attack"))) {
        if (!doc.key(t.endToken() - 1).equals("destroyed")) {
          return false; // burned, set fire to, sabotaged: an attack on a facility whatever else was destroyed
        }
        int to = Math.min(r[1], t.endToken() + OBJECT_WORDS);
        if (doc.cues(t.endToken(), to, c -> c.is("weapon", "explosives")).isEmpty()) {
          return false;
        }
        destroyed = true;
      }
    }
    return destroyed;
  }

  /** First words of the triggers of sabotage: damage done to a line, a track or a train. */
  private static final java.util.Set<String> SABOTAGE = WordSet.of("sabotage", "sabotaged", "derailed", "derail",
      "derailing");

  /**
   * "Militants derailed a passenger train with explosives", "insurgents sabotaged a gas pipeline
   * using explosives": sabotage done with explosives named after it in its clause is a bombing
   * (the GTD codes it so); sabotage by other means stays an attack on the facility, and so does
   * sabotage explosives were got for ("explosives to conduct their sabotage operations").
   */
  private static boolean sabotageWithExplosives(Doc doc, List<int[]> clauses) {
    for (int[] r : clauses) {
      for (var t : doc.cues(r[0], r[1], c -> c.isTrigger() && c.label().equals("facility_attack"))) {
        if (SABOTAGE.contains(doc.key(t.firstToken()))
            && !doc.cues(t.endToken(), r[1], c -> c.is("weapon", "explosives")).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "attacked a police station", "attacked Kanamma town", "attacked Joint Forces personnel": a verb
   * of attack with a target word, a place or a named force as its object in one of the clauses.
   */
  static boolean aimed(Doc doc, List<int[]> clauses) {
    for (int[] r : clauses) {
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.category().equals("target"))) {
        int k = c.firstToken() - 1;
        while (k > r[0] && (doc.key(k).equals("the") || doc.key(k).equals("a") || doc.key(k).equals("an")
            || doc.key(k).equals("several"))) {
          k--;
        }
        if (ATTACK_VERBS.contains(doc.key(k))) {
          return true;
        }
      }
      if (placeOrForceAttacked(doc, r)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ATTACK_VERBS = WordSet.of("attacked", "raided", "stormed",
      "ambushed", "assaulted", "overran");

  /** "attacked Tse Agbe village", "raided Dikwa", "attacked the third division of federal police". */
  private static boolean placeOrForceAttacked(Doc doc, int[] r) {
    for (int i = r[0]; i < r[1] - 1; i++) {
      if (!ATTACK_VERBS.contains(doc.key(i))) {
        continue;
      }
      int j = i + 1;
      while (j < r[1] && (doc.key(j).equals("the") || doc.key(j).equals("a") || doc.key(j).equals("an"))) {
        j++;
      }
      if (j < r[1] && (doc.coverage.inPlace(j) || doc.coverage.inAgency(j, j + 1) || doc.coverage.inGroup(j, j + 1)
          || doc.tokens.get(j).isWord() && doc.tokens.get(j).capitalised() && !doc.coverage.inDate(j, j + 1))) {
        return true;
      }
    }
    return false;
  }
}
