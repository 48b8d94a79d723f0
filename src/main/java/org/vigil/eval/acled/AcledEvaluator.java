package org.vigil.eval.acled;

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
 * Scores the engine on an ACLED CSV export. Each row's notes are one report, published on the
 * event date, compared with the first incident the engine reports as news. Fields: event type,
 * sub-event type, actor 1, actor 2, place (same name as {@code location}, or within
 * {@link #PLACE_KM} km of the row's coordinates), country and fatalities (exact and within one;
 * ACLED writes 0 when no death is reported, so an incident without a death toll counts as 0).
 * Stateless.
 */
public final class AcledEvaluator implements Evaluator {

  /** Greatest distance, in km, at which a found place counts as the event's location. */
  public static final double PLACE_KM = 25.0;

  private final AcledActors actors;

  public AcledEvaluator(Registries registries) {
    this.actors = new AcledActors(registries);
  }

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<AcledRecord> records = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      new CsvReader(gold.toString(), in).read(row -> AcledRecord.of(row).ifPresentOrElse(records::add,
          () -> problems.add(new Diagnostic(gold.toString(), row.line(), "row has no notes; not scored"))),
          problems::add);
    }
    Scoreboard board = new Scoreboard();
    List<AcledRecord> chosen = sample.apply(records);
    for (AcledRecord r : chosen) {
      score(board, r, Current.extract(engine, Report.of(r.id(), r.text(), r.date()), gold.toString(),
          problems::add));
    }
    return board.result("acled", gold.toString(), chosen.size(), problems);
  }

  /** Scores one event against the incidents the engine reported as news. */
  public void score(Scoreboard board, AcledRecord r, List<Incident> current) {
    String s = Text.snippet(r.text());
    Optional<Incident> first = current.stream().findFirst();
    Optional<AcledTypes> types = AcledTypes.first(current);
    board.categorical(r.id(), s, "event type", r.eventType(), types.map(AcledTypes::event).orElse(null));
    board.categorical(r.id(), s, "sub-event type", r.subEventType(), types.map(AcledTypes::subEvent).orElse(null));
    actor(board, r.id(), s, "actor 1", r.actor1(), first.map(actors::actor1).orElse(null));
    actor(board, r.id(), s, "actor 2", r.actor2(), first.map(actors::actor2).orElse(null));
    Location loc = first.map(Incident::location).orElse(null);
    board.categorical(r.id(), s, "country", r.country(), loc == null ? null : loc.country());
    String place = loc == null ? null : loc.city() != null ? loc.city() : loc.name();
    board.value(r.id(), s, "place", r.location(), place, loc != null && (Text.same(r.location(), place)
        || Text.same(r.location(), loc.name()) || near(r, loc)));
    Integer f = first.map(i -> i.casualties().killed() == null ? 0 : i.casualties().killed().value()).orElse(null);
    Integer g = r.fatalities();
    board.value(r.id(), s, "fatalities", str(g), str(f), g != null && g.equals(f));
    board.value(r.id(), s, "fatalities ±1", str(g), str(f), g != null && f != null && Math.abs(g - f) <= 1);
  }

  private void actor(Scoreboard board, String id, String s, String field, @Nullable String gold,
      @Nullable String found) {
    String g = gold == null ? null : actors.gold(gold);
    boolean same = actors.same(g, found);
    board.categorical(id, s, field, g, same ? g : found);
  }

  private static @Nullable String str(@Nullable Integer n) {
    return n == null ? null : n.toString();
  }

  private static boolean near(AcledRecord r, Location loc) {
    return r.latitude() != null && r.longitude() != null && loc.lat() != null && loc.lon() != null
        && Text.km(r.latitude(), r.longitude(), loc.lat(), loc.lon()) <= PLACE_KM;
  }
}
