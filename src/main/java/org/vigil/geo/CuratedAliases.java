package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the hand-curated {@code aliases.tsv}: spellings news uses that GeoNames' main names lack
 * (Qum, Kiev, Al-Mawsil), demonyms (Iranian), well-known sites (the Hazrat Masumeh shrine) and
 * stop names (one-word places that are also common words: Police, Of, Mary).
 *
 * <p>Lines are tab-separated: {@code alias NAME CC TARGET}, {@code demonym WORD CC},
 * {@code site NAME CC CITY}, {@code stop WORD}. An alias or site whose target is not in the
 * gazetteer is an error, so a typo cannot silently drop an alias. A target ending in a unit word
 * that no entry is named by ("Cotabato province") means the areas of that name only: an area's
 * own alternate name ("North Cotabato") then does not also name the namesake city, which would
 * win on its population.
 */
final class CuratedAliases {

  static final String NAME = "aliases.tsv";

  private CuratedAliases() {}

  /**
   * Adds the aliases read from {@code r} to {@code overlay}, finding targets in {@code base}.
   * When {@code lenient}, an alias or site whose target is missing is skipped (a partial
   * GeoNames dump); otherwise it is an error.
   */
  static void read(BufferedReader r, Gazetteer base, Overlay overlay, boolean lenient) throws IOException {
    String[] f = new String[4];
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Tsv.split(line, f);
      switch (f[0]) {
        case "alias" -> {
          for (int id : targets(base, f[3], f[2], lineNo, lenient)) {
            overlay.addName(id, f[1]);
          }
        }
        case "demonym" -> overlay.addDemonym(f[1], f[2]);
        case "site" -> {
          int[] ids = targets(base, f[3], f[2], lineNo, lenient);
          if (ids.length == 0) {
            continue;
          }
          int best = ids[0];
          for (int id : ids) {
            if (base.kind(id) == PlaceKind.PLACE
                && (base.kind(best) != PlaceKind.PLACE || base.population(id) > base.population(best))) {
              best = id;
            }
          }
          overlay.addSite(f[1], best);
        }
        case "stop" -> overlay.addStopName(f[1]);
        default -> throw new IOException(NAME + " line " + lineNo + ": unknown kind '" + f[0]
            + "' (expected alias, demonym, site or stop)");
      }
    }
  }

  /** The areas of country {@code cc} named {@code name}, those whose main name it is when there are any ("Cotabato", not "Cotabato City"). */
  private static int[] areasNamed(Gazetteer g, String name, String cc) {
    int[] areas = Arrays.stream(g.idsByName(name, true))
        .filter(i -> g.countryCode(i).equals(cc) && (g.kind(i) == PlaceKind.ADMIN1 || g.kind(i) == PlaceKind.ADMIN2))
        .toArray();
    int[] main = Arrays.stream(areas).filter(i -> Names.normalize(g.name(i)).equals(name)).toArray();
    return main.length > 0 ? main : areas;
  }

  private static int[] targets(Gazetteer g, String target, String cc, int lineNo,
      boolean lenient) throws IOException {
    if (target.equals("*")) {
      int id = g.countryId(cc);
      if (id < 0 && lenient) {
        return new int[0];
      }
      if (id < 0) {
        throw new IOException(NAME + " line " + lineNo + ": no country " + cc + " in the gazetteer");
      }
      return new int[] {id};
    }
    String key = Names.normalize(target);
    int[] ids = Arrays.stream(g.idsByName(key, true)).filter(i -> g.countryCode(i).equals(cc)).toArray();
    int space = key.lastIndexOf(' ');
    if (ids.length == 0 && space > 0 && Level.of(key.substring(space + 1)) != Level.NONE) {
      ids = areasNamed(g, key.substring(0, space), cc); // "Cotabato province": the area, not the city
    }
    if (ids.length == 0) {
      ids = Arrays.stream(g.idsBySkeleton(Names.skeleton(key))).filter(i -> g.countryCode(i).equals(cc)).toArray();
    }
    if (ids.length == 0 && !lenient) {
      throw new IOException(NAME + " line " + lineNo + ": no place named '" + target + "' in "
          + cc + " in the gazetteer");
    }
    return ids;
  }
}
