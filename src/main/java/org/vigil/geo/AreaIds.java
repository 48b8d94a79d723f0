package org.vigil.geo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.vigil.geo.index.GazetteerIndex;

/**
 * The entry ids of an index's areas by code: countries by "CC", first-level areas by
 * "CC.admin1", second-level ones by "CC.admin1.admin2" (the first entry of each code). Read
 * once per index, since the curated aliases are applied over a gazetteer that already needs them.
 */
record AreaIds(Map<String, Integer> countries, Map<String, Integer> admin1s, Map<String, Integer> admin2s) {

  AreaIds {
    countries = Collections.unmodifiableMap(countries);
    admin1s = Collections.unmodifiableMap(admin1s);
    admin2s = Collections.unmodifiableMap(admin2s);
  }

  static AreaIds of(GazetteerIndex index) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> admin1s = new HashMap<>();
    Map<String, Integer> admin2s = new HashMap<>();
    PlaceKind[] kinds = PlaceKind.values();
    for (int id : index.adminIds()) {
      String cc = index.countryCode(id);
      switch (kinds[index.kind(id)]) {
        case COUNTRY -> countries.putIfAbsent(cc, id);
        case ADMIN1 -> admin1s.putIfAbsent(cc + "." + index.admin1(id), id);
        case ADMIN2 -> admin2s.putIfAbsent(cc + "." + index.admin1(id) + "." + index.admin2(id), id);
        default -> { }
      }
    }
    return new AreaIds(countries, admin1s, admin2s);
  }
}
