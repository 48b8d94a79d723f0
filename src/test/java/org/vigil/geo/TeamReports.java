package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The team-written incident reports in {@code team-reports.tsv} and their measurement. */
final class TeamReports {

  record Report(String id, String countryCode, String town, String text) {}

  record Result(int reports, int countryRight, int withTown, int townWithin25km, List<String> misses) {

    String summary() {
      return String.format(Locale.ROOT,
          "reports: %d%ncountry right: %d (%.1f%%)%nreports naming a town: %d, chosen place within 25 km: %d (%.1f%%)%n",
          reports, countryRight, 100.0 * countryRight / reports, withTown, townWithin25km,
          100.0 * townWithin25km / withTown);
    }
  }

  private TeamReports() {}

  /** The development set, used while tuning. */
  static final String DEV = "team-reports.tsv";

  /** The held-out set, only measured (then fixed for what it exposed). */
  static final String HELD_OUT = "team-reports-heldout.tsv";

  /** The second held-out set, written after the first had been used for fixes. */
  static final String HELD_OUT_2 = "team-reports-heldout2.tsv";

  /** The third held-out set: longer reports with datelines and foreign reactions. */
  static final String HELD_OUT_3 = "team-reports-heldout3.tsv";

  static List<Report> read(String resource) throws IOException {
    List<Report> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        TeamReports.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 4);
        out.add(new Report(f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  static Result evaluate(Gazetteer g, List<Report> reports) {
    GazetteerGeocoder geocoder = new GazetteerGeocoder(g);
    int country = 0;
    int withTown = 0;
    int town = 0;
    List<String> misses = new ArrayList<>();
    for (Report r : reports) {
      Optional<ResolvedPlace> chosen = IncidentLocation.primary(r.text(),
          geocoder.resolve(r.text(), GeoContext.none()));
      String got = chosen.map(p -> p.name() + "/" + p.countryCode() + "/" + p.precision().label())
          .orElse("nothing");
      if (chosen.isPresent() && r.countryCode().equals(chosen.get().countryCode())) {
        country++;
      } else {
        misses.add(r.id() + " country: expected " + r.countryCode() + ", chose " + got);
      }
      Optional<GazetteerEntry> known = r.town().equals("-") ? Optional.empty()
          : Muc4Evaluation.bestNamed(g, r.town(), r.countryCode());
      if (!r.town().equals("-") && known.isEmpty()) {
        misses.add(r.id() + " town " + r.town() + " is not in the gazetteer: not scored");
      }
      if (known.isPresent()) {
        withTown++;
        GazetteerEntry gold = known.get();
        boolean ok = chosen.isPresent() && chosen.get().precision() != Precision.COUNTRY
            && Places.distanceKm(chosen.get().lat(), chosen.get().lon(), gold.lat(), gold.lon()) <= 25;
        town += ok ? 1 : 0;
        if (!ok) {
          misses.add(r.id() + " town: expected " + r.town() + ", chose " + got);
        }
      }
    }
    return new Result(reports.size(), country, withTown, town, misses);
  }

  public static void main(String[] args) throws IOException {
    Gazetteer g = Gazetteer.loadDefault();
    for (String set : List.of(DEV, HELD_OUT, HELD_OUT_2, HELD_OUT_3)) {
      Result r = evaluate(g, read(set));
      System.out.println("== " + set);
      System.out.print(r.summary());
      r.misses().forEach(System.out::println);
    }
  }
}
