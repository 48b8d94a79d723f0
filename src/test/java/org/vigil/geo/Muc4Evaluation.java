package org.vigil.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures geocoding accuracy on the MUC-4 development set (protocol in docs/quality.md).
 * Run: {@code java -cp target/classes:target/test-classes:... org.vigil.geo.Muc4Evaluation [DIR] [-v]}.
 */
public final class Muc4Evaluation {

  /** The figures of one run. */
  record Result(int messages, int countryRight, int countryAmongPlaces, int withTown, int townInGazetteer,
      int townWithin25km, int townAnyWithin25km, int withDepartmentOnly, int departmentRight,
      List<String> misses) {

    String summary() {
      return String.format(Locale.ROOT,
          "messages with a located incident: %d%ncountry right: %d (%.1f%%)%n"
              + "key country among the resolved places: %d (%.1f%%)%n"
              + "key has a town/city: %d, of which in the gazetteer: %d%n"
              + "  chosen place within 25 km: %d (%.1f%%)%n"
              + "  some resolved place within 25 km: %d (%.1f%%)%n"
              + "key has a department only: %d, chosen place in that department: %d (%.1f%%)%n",
          messages, countryRight, pct(countryRight, messages), countryAmongPlaces,
          pct(countryAmongPlaces, messages), withTown, townInGazetteer,
          townWithin25km, pct(townWithin25km, townInGazetteer), townAnyWithin25km,
          pct(townAnyWithin25km, townInGazetteer), withDepartmentOnly, departmentRight,
          pct(departmentRight, withDepartmentOnly));
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }
  }

  private Muc4Evaluation() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 && !args[0].equals("-v") ? Path.of(args[0]) : Muc4Corpus.defaultDir();
    boolean verbose = List.of(args).contains("-v");
    Gazetteer g = Gazetteer.loadDefault();
    Result r = evaluate(g, Muc4Corpus.read(dir));
    System.out.print(r.summary());
    if (verbose) {
      r.misses().forEach(System.out::println);
    }
  }

  static Result evaluate(Gazetteer g, List<Muc4Corpus.Case> cases) {
    GazetteerGeocoder geocoder = new GazetteerGeocoder(g);
    int countryRight = 0;
    int countryAny = 0;
    int withTown = 0;
    int townInGaz = 0;
    int townOk = 0;
    int townAny = 0;
    int deptOnly = 0;
    int deptOk = 0;
    List<String> misses = new ArrayList<>();
    for (Muc4Corpus.Case c : cases) {
      String cc = countryCode(g, c.country());
      List<ResolvedPlace> places = geocoder.resolve(c.text(), GeoContext.none());
      Optional<ResolvedPlace> chosen = IncidentLocation.primary(c.text(), places);
      countryAny += places.stream().anyMatch(p -> cc.equals(p.countryCode())) ? 1 : 0;
      String got = chosen.map(p -> p.name() + "/" + p.countryCode() + "/" + p.precision().label())
          .orElse("nothing");
      if (chosen.isPresent() && cc.equals(chosen.get().countryCode())) {
        countryRight++;
      } else {
        misses.add(c.id() + " country: key " + c.country() + ", chose " + got);
      }
      if (!c.town().isEmpty()) {
        withTown++;
        Optional<GazetteerEntry> gold = bestNamed(g, c.town(), cc);
        if (gold.isPresent()) {
          townInGaz++;
          GazetteerEntry t = gold.get();
          boolean ok = chosen.isPresent() && within(chosen.get(), t, 25);
          townOk += ok ? 1 : 0;
          townAny += places.stream().anyMatch(p -> within(p, t, 25)) ? 1 : 0;
          if (!ok) {
            misses.add(c.id() + " town: key " + c.town() + " (" + c.country() + "), chose " + got);
          }
        }
      } else if (!c.department().isEmpty()) {
        deptOnly++;
        boolean ok = chosen.isPresent() && cc.equals(chosen.get().countryCode())
            && chosen.get().admin1() != null
            && Names.skeleton(Names.normalize(chosen.get().admin1()))
                .equals(Names.skeleton(Names.normalize(c.department())));
        deptOk += ok ? 1 : 0;
        if (!ok) {
          misses.add(c.id() + " department: key " + c.department() + ", chose " + got
              + (chosen.map(p -> " in " + p.admin1()).orElse("")));
        }
      }
    }
    return new Result(cases.size(), countryRight, countryAny, withTown, townInGaz, townOk, townAny, deptOnly,
        deptOk, misses);
  }

  private static boolean within(ResolvedPlace p, GazetteerEntry t, double km) {
    return p.precision() != Precision.COUNTRY
        && Places.distanceKm(p.lat(), p.lon(), t.lat(), t.lon()) <= km;
  }

  static String countryCode(Gazetteer g, String countryName) {
    String name = countryName.equals("GUATAMALA") ? "GUATEMALA" : countryName;
    return g.lookup(name).stream().filter(e -> e.kind() == PlaceKind.COUNTRY)
        .map(GazetteerEntry::countryCode).findFirst().orElse("?");
  }

  /** The key's town in the gazetteer: a populated place of that name in the country, largest first. */
  static Optional<GazetteerEntry> bestNamed(Gazetteer g, String name, String cc) {
    List<GazetteerEntry> found = new ArrayList<>(g.lookup(name));
    if (found.stream().noneMatch(e -> e.countryCode().equals(cc))) {
      String skeleton = Names.skeleton(Names.normalize(name));
      for (int id : g.idsBySkeleton(skeleton)) {
        found.add(g.entry(id));
      }
    }
    return found.stream().filter(e -> e.countryCode().equals(cc) && e.kind() == PlaceKind.PLACE)
        .max((a, b) -> Long.compare(a.population(), b.population()));
  }
}
