package org.vigil.eval.gtd;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.CsvReader;
import org.vigil.eval.Current;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.Text;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.extract.Location;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * Scores the engine on a GTD CSV export. Each row's summary is one report, published on the
 * incident date; the first incident the engine reports as news is compared with the row, and the
 * attack type follows the GTD's hierarchy over all of them. Fields: country, province, city (same
 * name, or within {@link #CITY_KM} km of the row's coordinates), attack type, target type,
 * perpetrator group (over all rows, and over the rows whose group is known), killed and wounded
 * (exact and within one). A summary that gives no toll agrees with a coded 0, as the GTD codes a
 * toll the summary does not mention. Stateless.
 */
public final class GtdEvaluator implements Evaluator {

  /** The GTD's {@code gname} when no group is identified. */
  public static final String UNKNOWN_GROUP = "Unknown";

  /** Greatest distance, in km, at which a found place counts as the row's city. */
  public static final double CITY_KM = 25.0;

  private final GtdGroups groups;

  public GtdEvaluator(Registries registries) {
    this.groups = new GtdGroups(registries);
  }

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<GtdRecord> records = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      new CsvReader(gold.toString(), in).read(row -> GtdRecord.of(row).ifPresentOrElse(records::add,
          () -> problems.add(new Diagnostic(gold.toString(), row.line(), "row has no summary; not scored"))),
          problems::add);
    }
    Scoreboard board = new Scoreboard();
    List<GtdRecord> chosen = sample.apply(records);
    for (GtdRecord r : chosen) {
      score(board, r, Current.extract(engine, Report.of(r.id(), r.text(), r.date()), gold.toString(),
          problems::add));
    }
    return board.result("gtd", gold.toString(), chosen.size(), problems);
  }

  /** Scores one record against the incidents the engine reported as news. */
  public void score(Scoreboard board, GtdRecord r, List<Incident> current) {
    String s = Text.snippet(r.text());
    Optional<Incident> first = current.stream().findFirst();
    Location loc = first.map(Incident::location).orElse(null);
    board.categorical(r.id(), s, "country", r.country(), loc == null ? null : foundCountry(r.country(), loc));
    board.value(r.id(), s, "province", r.province(), loc == null ? null : loc.admin1(),
        loc != null && sameProvince(r.province(), loc));
    String city = loc == null ? null : loc.city() != null ? loc.city() : loc.name();
    board.value(r.id(), s, "city", r.city(), city, loc != null && (Text.same(r.city(), city) || near(r, loc)));
    board.categorical(r.id(), s, "attack type", r.attackType(), GtdTypes.attackType(current).orElse(null));
    board.categorical(r.id(), s, "target type", r.targetType(), first.map(i -> i.targets().isEmpty()
        ? GtdTypes.UNKNOWN : GtdTypes.targetType(i.targets().get(0))).orElse(null));
    String group = first.map(i -> groups.found(r.group() == null ? "" : r.group(), i)).orElse(null);
    board.categorical(r.id(), s, "perpetrator group", r.group(), group);
    if (r.group() != null && !r.group().equalsIgnoreCase(UNKNOWN_GROUP)) {
      board.categorical(r.id(), s, "perpetrator group (known)", r.group(), group);
    }
    count(board, r.id(), s, "killed", r.killed(), first.map(i -> i.casualties().killed()));
    count(board, r.id(), s, "wounded", r.wounded(), first.map(i -> i.casualties().wounded()));
  }

  static void count(Scoreboard board, String id, String s, String field, @Nullable Integer gold,
      Optional<org.vigil.extract.Count> found) {
    Integer f = found.map(org.vigil.extract.Count::value).orElse(null);
    String g = gold == null ? null : gold.toString();
    boolean none = gold != null && gold == 0 && f == null; // nothing said, none coded
    String v = f != null ? f.toString() : none ? "0" : null;
    board.value(id, s, field, g, v, none || gold != null && gold.equals(f));
    board.value(id, s, field + " ±1", g, v, none || gold != null && f != null && Math.abs(gold - f) <= 1);
  }

  /**
   * The found country under the GTD's name when it is the same country by another name ("China"
   * for the People's Republic of China, "West Bank and Gaza Strip" for Palestine): the
   * gazetteer knows the GTD's name as a name of the found country code.
   */
  private static @Nullable String foundCountry(@Nullable String gold, Location loc) {
    if (gold == null || loc.countryCode() == null || Text.same(gold, loc.country())) {
      return loc.country();
    }
    boolean same = Provinces.GAZETTEER.get().lookup(gold).stream()
        .anyMatch(e -> e.kind() == org.vigil.geo.PlaceKind.COUNTRY && e.countryCode().equals(loc.countryCode()));
    return same ? gold : loc.country();
  }

  /**
   * Whether the coded province and the found one are the same area: the same name, or the coded
   * name is one of the found area's spellings in the gazetteer ("Uruzgan" and "Oruzgan", "Al
   * Hasakah" and "Al-Hasakah"), since a province is an area and its name only a label.
   */
  private static boolean sameProvince(@Nullable String gold, Location loc) {
    if (Text.same(gold, loc.admin1())) {
      return true;
    }
    if (gold == null || loc.admin1() == null || loc.countryCode() == null) {
      return false;
    }
    return Provinces.GAZETTEER.get().spellingsOfProvince(gold, loc.countryCode()).stream()
        .anyMatch(name -> Text.same(name, loc.admin1()));
  }

  /** The bundled gazetteer, loaded on first use by a GTD evaluation. */
  private static final class Provinces {
    static final java.util.function.Supplier<org.vigil.geo.Gazetteer> GAZETTEER = new java.util.function.Supplier<>() {
      private volatile org.vigil.geo.@Nullable Gazetteer g;

      @Override
      public org.vigil.geo.Gazetteer get() {
        if (g == null) {
          g = org.vigil.geo.Gazetteer.loadDefault();
        }
        return g;
      }
    };
  }

  private static boolean near(GtdRecord r, Location loc) {
    return r.latitude() != null && r.longitude() != null && loc.lat() != null && loc.lon() != null
        && Text.km(r.latitude(), r.longitude(), loc.lat(), loc.lon()) <= CITY_KM;
  }
}
