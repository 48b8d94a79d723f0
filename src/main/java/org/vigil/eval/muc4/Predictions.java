package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Target;
import org.vigil.extract.Victim;
import org.vigil.extract.Weapon;

/**
 * The engine's strings for each MUC-4 role, from the incidents a message itself reports:
 * perpetrator individuals are the people described ("GUNMEN") and unnamed perpetrators'
 * mentions; organisations are the words naming a registry or recognised group; physical
 * targets are target texts; human targets are victim texts; instruments are weapon texts.
 * Arrests are left out, as MUC does not code them. Stateless.
 */
public final class Predictions {

  private Predictions() {}

  /** The strings for every role, each list without duplicates. */
  public static Map<Role, List<String>> of(List<Incident> incidents) {
    Map<Role, Set<String>> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      out.put(r, new LinkedHashSet<>());
    }
    for (Incident i : incidents) {
      if (MucTypes.type(i).isEmpty()) {
        continue;
      }
      for (Perpetrator p : i.perpetrators()) {
        if (p.group() != null) {
          out.get(Role.PERP_ORGANIZATION).add(p.mention());
        } else {
          out.get(Role.PERP_INDIVIDUAL).add(p.mention());
        }
        if (p.individuals() != null) {
          out.get(Role.PERP_INDIVIDUAL).add(p.individuals());
        }
      }
      i.targets().stream().map(Target::text).forEach(out.get(Role.PHYSICAL_TARGET)::add);
      i.victims().stream().map(Victim::text).forEach(out.get(Role.HUMAN_TARGET)::add);
      i.weapons().stream().map(Weapon::text).forEach(out.get(Role.INSTRUMENT)::add);
    }
    Map<Role, List<String>> lists = new EnumMap<>(Role.class);
    out.forEach((r, s) -> lists.put(r, new ArrayList<>(s)));
    return lists;
  }
}
