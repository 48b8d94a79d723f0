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
      Match<Cue> outer = null;
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.category().startsWith("weapon"))) {
        boolean inner = outer != null && c.firstToken() >= outer.firstToken() && c.endToken() <= outer.endToken()
            && c.endToken() - c.firstToken() < outer.endToken() - outer.firstToken();
        outer = inner ? outer : c;
        WeaponType t = WeaponType.fromLabel(c.value().label()).orElse(WeaponType.OTHER);
        if (inner // the "BOMB" of "INCENDIARY BOMB" is that weapon, not another
            || t == WeaponType.VEHICLE && !ramming(doc, r) || WeaponModifiers.qualifiesOther(doc, c)
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

  /** Whether tokens {@code [r[0], r[1])} tell a vehicle driven into people or things. */
  private static boolean ramming(Doc doc, int[] r) {
    for (int i = r[0]; i < r[1]; i++) {
      String k = doc.key(i);
      if (k.equals("rammed") || k.equals("ramming") || k.equals("ran") || k.equals("mowed") || k.equals("plough")
          || k.equals("plow") || DRIVING.contains(k) && into(doc, i + 1, r[1])) {
        return true; // "drove a truck into the crowd"; not "was driving her vehicle when"
      }
    }
    return false;
  }

  private static final java.util.Set<String> DRIVING = org.vigil.text.WordSet.of("drove", "drive", "drives", "driving",
      "driven", "ploughed", "plowed");

  private static final java.util.Set<String> TOWARDS = org.vigil.text.WordSet.of("into", "towards", "toward", "at", "onto");

  /** "into" or "towards" within the next few tokens of {@code [from, to)}: the vehicle was driven at someone. */
  private static boolean into(Doc doc, int from, int to) {
    for (int i = from; i < Math.min(to, from + 5); i++) {
      if (TOWARDS.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }
}
