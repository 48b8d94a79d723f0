package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Gazetteer#spellingsOfProvince}: the ways a report may spell a province's name. */
final class ProvinceSpellings {

  private ProvinceSpellings() {}

  /**
   * {@link Gazetteer#spellingsOfProvince} of {@code name} in country {@code cc}, given the
   * gazetteer's first-level areas by "cc.code".
   */
  static List<String> of(Gazetteer g, Map<String, Integer> admin1s, String name, String cc) {
    String key = Names.normalize(name);
    int[] ids = Overlay.merge(g.idsByName(key, true), g.idsByAlternate(key));
    List<String> out = new ArrayList<>();
    for (int pass = 0; pass < 2 && out.isEmpty(); pass++) {
      for (int id : pass == 0 ? ids : g.idsBySkeleton(Names.skeleton(key))) {
        if ((g.kind(id) == PlaceKind.ADMIN1 || Provinces.isSecondLevelProvince(g, id)) && g.countryCode(id).equals(cc)) {
          out.add(g.name(id));
        }
      }
    }
    String consonants = Names.consonants(key);
    if (out.isEmpty() && !consonants.isEmpty()) {
      admin1s.forEach((code, id) -> {
        if (code.startsWith(cc + ".") && Names.consonants(Names.normalize(g.name(id))).equals(consonants)) {
          out.add(g.name(id));
        }
      });
      if (out.size() > 1) {
        out.clear();
      }
    }
    return out;
  }
}
