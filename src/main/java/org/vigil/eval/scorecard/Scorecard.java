package org.vigil.eval.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Formats;
import org.vigil.eval.Sample;
import org.vigil.extract.Extractor;
import org.vigil.registry.Registries;

/**
 * Runs every gold set of the scoreboard and reads its measures. A set whose files are missing,
 * whose layout has no evaluator yet, or whose gold cannot be read gives rows without a figure
 * that say why; the other sets still run. Immutable; one run at a time per engine is enough,
 * since every set is scored in turn.
 */
public final class Scorecard {

  /** The rows, and each set's full result by set name (sets that ran). */
  public record Outcome(List<Row> rows, Map<String, EvalResult> results) {
    public Outcome {
      rows = List.copyOf(rows);
      results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }
  }

  private final List<GoldSet> sets;
  private final Function<String, Optional<Evaluator>> evaluators;

  /**
   * @param evaluators the evaluator of a layout name, empty for a layout not read yet
   */
  public Scorecard(List<GoldSet> sets, Function<String, Optional<Evaluator>> evaluators) {
    this.sets = List.copyOf(sets);
    this.evaluators = evaluators;
  }

  /** The standard sets ({@link GoldSets#standard()}) through the layouts of {@link Formats}. */
  public static Scorecard standard(Registries registries) {
    return new Scorecard(GoldSets.standard(), name -> Formats.named(name).map(f -> f.evaluator(registries)));
  }

  /**
   * Scores every set.
   *
   * @param shared the shared development data ({@link GoldSet.Root#SHARED})
   * @param repo the repository checkout ({@link GoldSet.Root#REPO})
   * @param progress one line per set as it starts and ends
   */
  public Outcome run(Path shared, Path repo, Extractor engine, Consumer<String> progress) {
    List<Row> rows = new ArrayList<>();
    Map<String, EvalResult> results = new LinkedHashMap<>();
    for (GoldSet set : sets) {
      Path root = set.root() == GoldSet.Root.SHARED ? shared : repo;
      List<Path> paths = set.paths().stream().map(root::resolve).toList();
      Optional<Path> missing = paths.stream().filter(p -> !Files.exists(p)).findFirst();
      Optional<Evaluator> evaluator = evaluators.apply(set.format());
      if (missing.isPresent()) {
        unavailable(rows, set, missing.get() + " not found");
        continue;
      }
      if (evaluator.isEmpty()) {
        unavailable(rows, set, "no '" + set.format() + "' evaluator yet");
        continue;
      }
      progress.accept(set.name() + ": scoring " + String.join(", ", paths.stream().map(Path::toString).toList()));
      long start = System.nanoTime();
      List<EvalResult> parts = new ArrayList<>();
      try {
        for (Path p : paths) {
          parts.add(evaluator.get().evaluate(p, engine, Sample.all()));
        }
      } catch (IOException | RuntimeException e) {
        unavailable(rows, set, "gold cannot be read: " + e.getMessage());
        continue;
      }
      EvalResult r = Merged.of(parts);
      results.put(set.name(), r);
      int failed = r.engineFailures().size();
      int goldProblems = r.diagnostics().size() - failed;
      String note = String.format(Locale.ROOT, "%d documents, %.1f s", r.documents(),
          (System.nanoTime() - start) / 1e9) + (goldProblems == 0 ? ""
          : ", " + goldProblems + " gold problem(s): vigil eval --format " + set.format())
          + (failed == 0 ? "" : ", " + failed + " engine failure(s) scored as nothing found");
      progress.accept(set.name() + ": " + note);
      for (Measure m : set.measures()) {
        Optional<Figure> f = m.reader().apply(r);
        rows.add(new Row(set.name(), m.label(), f.orElse(null), m.goal(),
            f.isPresent() ? note : r.field(m.field()).isPresent() ? "nothing to measure in '" + m.field() + "' yet"
                : "field '" + m.field() + "' not scored"));
      }
    }
    return new Outcome(rows, results);
  }

  private static void unavailable(List<Row> rows, GoldSet set, String why) {
    for (Measure m : set.measures()) {
      rows.add(new Row(set.name(), m.label(), null, m.goal(), why));
    }
  }
}
