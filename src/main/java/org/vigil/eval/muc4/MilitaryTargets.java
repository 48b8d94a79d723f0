package org.vigil.eval.muc4;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.vigil.extract.Incident;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;
import org.vigil.extract.Victim;

/**
 * Whether an incident struck only armed forces: MUC-4's task definition presumes an attack whose
 * targets are all military or police installations, forces or members of them to be guerrilla
 * warfare, not terrorism, unless civilians or their property were hit too (then it is coded with
 * both). An incident that names no target and no one harmed is not purely military: the
 * definition presumes an act of an expected type with unknown targets to be terrorism. Stateless.
 */
final class MilitaryTargets {

  private static final Set<TargetType> ARMED = EnumSet.of(TargetType.MILITARY, TargetType.POLICE);
  /** Words for people who are members of a military or police force. */
  private static final Set<String> ARMED_PEOPLE = Set.of("soldier", "soldiers", "troops", "troop", "servicemen",
      "serviceman", "policeman", "policemen", "police", "policewoman", "officers", "officer", "guardsmen",
      "guardsman", "guards", "guard", "patrol", "patrols", "army", "military", "marines", "marine", "sailors",
      "airmen", "pilots", "pilot", "recruits", "conscripts", "agents", "agent", "battalion", "brigade", "platoon",
      "company", "unit", "units", "detachment", "garrison", "commander", "commanders", "sergeant", "lieutenant",
      "captain", "corporal", "private", "privates", "paratroopers", "commandos", "members", "forces", "personnel");

  private MilitaryTargets() {}

  /** True when the incident names targets or people harmed, and all of them are armed forces. */
  static boolean only(Incident i) {
    if (i.targets().isEmpty() && i.victims().isEmpty()) {
      return false;
    }
    return i.targets().stream().allMatch(MilitaryTargets::armed) && i.victims().stream().allMatch(MilitaryTargets::armed);
  }

  /** True when the incident names someone or something harmed that is not of the armed forces. */
  static boolean civilianHit(Incident i) {
    return !(i.targets().isEmpty() && i.victims().isEmpty()) && !only(i);
  }

  private static boolean armed(Target t) {
    return ARMED.contains(t.type());
  }

  /** A victim described by a word of armed forces ("TWO SOLDIERS", "POLICE PATROL"); named people are not known to be. */
  private static boolean armed(Victim v) {
    if (v.named()) {
      return false;
    }
    String[] words = v.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    return words.length > 0 && ARMED_PEOPLE.contains(words[words.length - 1]);
  }
}
