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
    // only the codes and alternates of the table: this runs at every load
    BundledTables.read(BundledTables.ADMIN1, 7, f -> {
      if (f[6].isEmpty()) {
        return;
      }
      int area = -2; // looked up at the first alternate that needs it
      for (String alternate : f[6].split("\\|")) {
        String key = Names.normalize(alternate);
        int space = key.lastIndexOf(' ');
        if (space <= 0 || Level.of(key.substring(space + 1)) != Level.ADMIN1) {
          continue;
        }
        area = area == -2 ? base.admin1Id(f[0], f[1]) : area;
        if (area < 0) {
          return;
        }
        String bare = key.substring(0, space);
        boolean taken = Arrays.stream(Overlay.merge(base.idsByName(bare, true), base.idsByAlternate(bare)))
            .anyMatch(id -> base.countryCode(id).equals(f[0]));
        if (!taken) {
          overlay.addName(area, bare);
        }
      }
    });
  }
}
