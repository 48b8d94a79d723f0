package org.vigil.geo;

import java.io.IOException;
import java.util.Arrays;

/**
 * First-level areas under the name without their unit word: GeoNames often holds only "West
 * Kordofan State" (its main name being "Gharb Kurdufan"), while a note writes "West Kordofan".
 * Each alternate of {@link BundledTables#admin1} ending in a first-level unit word ("state",
 * "province", "governorate", "region", ...) also names its area without that word, unless that
 * shorter name already belongs to a place of the same country (then the writer may mean that
 * place, and the gazetteer already answers for it).
 */
final class AdminShortNames {

  private AdminShortNames() {}

  /** Adds the short names to {@code overlay}, finding the areas in {@code base}. */
  static void add(Gazetteer base, Overlay overlay) throws IOException {
    for (BundledTables.Admin1 a : BundledTables.admin1()) {
      var area = base.admin1(a.cc(), a.code());
      if (area.isEmpty()) {
        continue;
      }
      for (String alternate : a.alternates()) {
        String key = Names.normalize(alternate);
        int space = key.lastIndexOf(' ');
        if (space <= 0 || Level.of(key.substring(space + 1)) != Level.ADMIN1) {
          continue;
        }
        String bare = key.substring(0, space);
        boolean taken = Arrays.stream(Overlay.merge(base.idsByName(bare, true), base.idsByAlternate(bare)))
            .anyMatch(id -> base.countryCode(id).equals(a.cc()));
        if (!taken) {
          overlay.addName(area.get().id(), bare);
        }
      }
    }
  }
}
