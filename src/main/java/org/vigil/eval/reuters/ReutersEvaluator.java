package org.vigil.eval.reuters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.eval.Current;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.Text;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;

/**
 * Scores which Reuters stories the engine gives an incident of their own ("flags") against the
 * team's {@link StoryLabels}. {@code gold} is the stories' JSON Lines file, or a folder of them,
 * read as {@code vigil extract} reads them. One field, {@value #FIELD}: a flagged story labelled
 * yes is a true positive, one labelled no a false positive, an unflagged story labelled yes a
 * false negative; its precision is the share of flagged (and labelled) stories that really report
 * an incident, its recall is over the labelled ones only. {@value #HELD_OUT} counts the same
 * over the half of the stories the relevance model never learns from. A flagged story nobody has labelled is
 * a diagnostic naming its id, so that the labels can be extended. Immutable; thread-safe.
 */
public final class ReutersEvaluator implements Evaluator {

  /** The scored field. */
  public static final String FIELD = "own incident";
  /** The same field over the held-out half ({@link StoryLabels#heldOut}), which the relevance model never learned from. */
  public static final String HELD_OUT = "own incident, held out";
  /** The start of the diagnostic of a flagged story without a label. */
  public static final String UNLABELLED = "flagged but not labelled: ";

  private final StoryLabels labels;

  public ReutersEvaluator(StoryLabels labels) {
    this.labels = labels;
  }

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Diagnostic> problems = new ArrayList<>(labels.problems());
    List<Report> stories = new ArrayList<>();
    ReportReader reader = new ReportReader(ReadLimits.defaults());
    for (Path f : files(gold)) {
      reader.read(f, null, stories::add, p -> problems.add(new Diagnostic(p.file(), p.line(), p.reason())));
    }
    Scoreboard board = new Scoreboard();
    List<Report> chosen = sample.apply(stories);
    for (Report r : chosen) {
      List<Incident> found = Current.extract(engine, r, gold.toString(), problems::add);
      String types = found.stream().map(i -> i.type().label()).distinct().collect(Collectors.joining(", "));
      String snippet = Text.snippet((r.title() == null ? "" : r.title() + ". ") + r.text());
      labels.find(r.id()).ifPresentOrElse(
          l -> {
            boolean flagged = !found.isEmpty();
            board.decision(r.id(), snippet, FIELD, l.incident(), flagged,
                (l.incident() ? "yes: " : "no: ") + l.reason().code(), flagged ? types : Scoreboard.NONE);
            if (StoryLabels.heldOut(r)) { // counted only: its errors are listed under the whole set's field
              board.add(HELD_OUT, l.incident() && flagged ? 1 : 0, !l.incident() && flagged ? 1 : 0,
                  l.incident() && !flagged ? 1 : 0);
            }
          },
          () -> {
            if (!found.isEmpty()) {
              problems.add(new Diagnostic(labels.source(), 0, UNLABELLED + r.id() + " (" + types + "; "
                  + (r.title() == null ? "untitled" : r.title()) + ")"));
            }
          });
    }
    board.add(FIELD, 0, 0, 0); // listed even when no story is labelled
    board.add(HELD_OUT, 0, 0, 0);
    return board.result("reuters", gold.toString(), chosen.size(), problems);
  }

  private static List<Path> files(Path gold) throws IOException {
    if (!Files.isDirectory(gold)) {
      return List.of(gold);
    }
    try (Stream<Path> s = Files.list(gold)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }
}
