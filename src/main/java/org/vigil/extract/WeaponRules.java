package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.text.PhraseTrie.Match;

/**
 * The weapons of an incident, one per weapon type, from the weapon cues of its clauses (a
 * vehicle only when it rammed), and the weapon its type implies when the text names none.
 * Thread-safe.
 */
final class WeaponRules {

  private WeaponRules() {}

  /** The weapon a type implies when the text names none: a bombing is explosives, and so on. */
  static List<Weapon> implied(IncidentType type, List<Weapon> weapons, Match<Cue> head, Doc doc,
      List<int[]> clauses, EvidenceMaker ev, List<Evidence> evidence) {
    WeaponType t = switch (type) {
      case BOMBING, AIR_STRIKE, SHELLING -> WeaponType.EXPLOSIVES;
      case ARMED_ASSAULT, ASSASSINATION, ARMED_CLASH -> weapons.stream().anyMatch(w -> w.type() == WeaponType.MELEE)
          ? null : WeaponType.FIREARMS;
      case FACILITY_ATTACK -> doc.words(head.span()).toLowerCase(java.util.Locale.ROOT).matches(
          ".*(fire|arson|torch|burn|ablaze|molotov|petrol).*") ? WeaponType.INCENDIARY : null;
      default -> null;
    };
    if (t == null || weapons.stream().anyMatch(w -> w.type() == t)) {
      return weapons;
    }
    if (t == WeaponType.FIREARMS && weapons.stream().anyMatch(w -> w.type() == WeaponType.EXPLOSIVES)
        && type != IncidentType.ARMED_ASSAULT) {
      return weapons;
    }
    List<Weapon> out = new ArrayList<>(weapons);
    out.add(new Weapon(t, doc.words(head.span()), true));
    evidence.add(ev.of("weapons", head.span()));
    return List.copyOf(out);
  }

  static List<Weapon> found(Doc doc, List<int[]> ranges, Draft d, EvidenceMaker ev, List<Evidence> evidence) {
    Map<WeaponType, Weapon> out = new LinkedHashMap<>();
    if (d.arrestFamily() && !Assembler.plotted(doc, d)) {
      return List.of();
    }
    for (int[] r : ranges) {
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.category().startsWith("weapon"))) {
        WeaponType t = WeaponType.fromLabel(c.value().label()).orElse(WeaponType.OTHER);
        if (t == WeaponType.VEHICLE && !ramming(doc, r) || WeaponModifiers.qualifiesOther(doc, c)
            || !d.arrestFamily() && WeaponModifiers.seized(doc, c)) {
          continue;
        }
        boolean hint = c.value().category().equals("weaponhint") || WeaponModifiers.verb(doc, c);
        Weapon known = out.get(t);
        if (known == null || known.implied() && !hint) {
          out.put(t, new Weapon(t, doc.words(c.span()), hint));
          evidence.add(ev.of("weapons", c.span()));
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static boolean ramming(Doc doc, int[] r) {
    for (int i = r[0]; i < r[1]; i++) {
      String k = doc.key(i);
      if (k.equals("rammed") || k.equals("ramming") || k.equals("ran") || k.equals("mowed") || k.equals("drove")
          || k.equals("drive") || k.equals("driving") || k.equals("plough") || k.equals("plow")) {
        return true;
      }
    }
    return false;
  }
}
