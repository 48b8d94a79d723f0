package org.vigil.eval.muc4;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;

/**
 * Whether one of the engine's targets is a thing (MUC-4's physical target) or people and
 * organisations (which MUC-4 codes as human targets or not at all). The engine's targets follow
 * the GTD, where a target of type "government" may be a minister or a ministry, so the words
 * decide: the last word before any "of" that names a kind of thing or of person says which it is
 * ("residence of Colonel X" is a thing, "registry office personnel" people, "President X" a
 * person, "the Escalon neighborhood" an area, which MUC-4 codes as the place); a target with none
 * of these words is a thing unless its type is one of people.
 * Stateless.
 */
final class TargetKinds {

  /** Heads of things that can be attacked, damaged or destroyed. */
  private static final Set<String> THINGS = Set.of("office", "offices", "home", "homes", "house", "houses",
      "residence", "residences", "building", "buildings", "headquarters", "bus", "buses", "vehicle", "vehicles",
      "car", "cars", "truck", "trucks", "jeep", "plane", "planes", "aircraft", "helicopter", "flight", "train",
      "embassy", "embassies", "consulate", "station", "stations", "road", "roads", "highway", "route", "bridge",
      "boulevard", "tower", "towers", "pylon", "pylons", "pipeline", "pipelines", "substation", "plant", "church",
      "churches", "university", "school", "hotel", "restaurant", "store", "stores", "shop", "shops", "market",
      "palace", "base", "barracks", "post", "garrison", "garrisons", "installation", "installations", "facility",
      "facilities", "farm", "airport", "bank", "branches", "hospital", "ambulance", "factory", "warehouse", "park",
      "camp", "dam", "line", "lines", "network", "system", "wagon",
      "club", "discotheque", "cathedral", "temple", "mosque", "courthouse", "court", "agency", "agencies");
  /** Heads of people and of bodies of people. */
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "persons", "person", "civilian", "civilians",
      "villagers", "residents", "peasant", "peasants", "soldier", "soldiers", "troops", "officer", "officers",
      "policeman", "policemen", "official", "officials", "minister", "ministers", "mayor", "mayors", "judge",
      "judges", "priest", "priests", "worshippers", "pilgrims", "student", "students", "children", "women", "men",
      "man", "woman", "journalist", "journalists", "reporter", "reporters", "diplomat", "diplomats", "ambassador",
      "ambassadors", "teacher", "teachers", "president", "presidents", "governor", "senator", "deputy", "deputies",
      "businessman", "businessmen", "leader", "leaders", "leadership", "member", "members", "personnel",
      "employees", "workers", "passengers", "pedestrians", "politicians", "colonel", "general", "lieutenant",
      "captain", "major", "sergeant", "commander", "jesuit", "jesuits", "nun", "nuns", "bishop", "archbishop",
      "families", "family", "candidate", "councilman", "guards", "driver", "drivers", "farmers", "population",
      "army", "military", "navy", "force", "forces", "battalion", "brigade", "company", "patrol", "unit", "units",
      "detachment", "government", "media", "press", "cross", "council", "organizations", "organisations",
      "interests", "mission", "ministry", "services", "bodies", "rebels", "guerrillas", "rector", "rectors", "dean",
      "professor", "professors", "lecturer", "lecturers", "lawyer", "lawyers", "employee", "staff", "director",
      "chancellor", "chaplain", "association", "authorities", "community", "founder", "head", "chief", "secretary",
      "delegation", "delegates", "magistrate", "magistrates");
  /**
   * Heads of areas, which MUC-4 codes as where an incident happened, not as what was attacked:
   * "the Escalon neighborhood", "the village".
   */
  private static final Set<String> AREAS = Set.of("neighborhood", "neighbourhood", "neighborhoods", "village",
      "villages", "district", "districts", "barrio", "hamlet", "town", "towns", "area", "areas", "sector", "zone");
  /** Target types that are often people, not things. */
  private static final Set<TargetType> OF_PEOPLE = EnumSet.of(TargetType.PRIVATE_CITIZENS, TargetType.MILITARY,
      TargetType.POLICE, TargetType.GOVERNMENT, TargetType.RELIGIOUS, TargetType.JOURNALISTS,
      TargetType.EDUCATIONAL, TargetType.NON_STATE_MILITIA, TargetType.NGO, TargetType.DIPLOMATIC);

  private TargetKinds() {}

  static boolean physical(Target t) {
    String[] words = t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int head = java.util.Arrays.asList(words).indexOf("of"); // "residence of Colonel X": the head comes before "of"
    for (int i = (head < 0 ? words.length : head) - 1; i >= 0; i--) {
      if (THINGS.contains(words[i])) {
        return true;
      }
      if (AREAS.contains(words[i])) {
        return false;
      }
      if (PEOPLE_WORDS.contains(words[i])) {
        return false;
      }
    }
    return !OF_PEOPLE.contains(t.type());
  }
}
