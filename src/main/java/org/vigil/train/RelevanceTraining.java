package org.vigil.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.eval.reuters.StoryLabels;
import org.vigil.extract.Extractor;
import org.vigil.extract.Relevance;
import org.vigil.extract.RelevanceModel;
import org.vigil.learn.Example;
import org.vigil.learn.LinearModel;
import org.vigil.learn.LogisticTrainer;

/**
 * Trains the relevance model: labels the engine's candidates with every source found, scores
 * the learner by cross-validation over documents, trains on all of them, and measures the
 * engine with the model on MUC-4's test messages, which it never learned from. The same data and
 * settings always give the same model. Stateless.
 */
public final class RelevanceTraining {

  /** Folds of the cross-validation; a document's candidates stay in one fold. */
  public static final int FOLDS = 5;

  /** What training made: the model, the sources used, and the scores for its card. */
  public record Result(LinearModel model, List<String> data, Map<String, String> scores) {
    public Result {
      data = List.copyOf(data);
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
  }

  private RelevanceTraining() {}

  /**
   * The sources present under {@code shared} (MUC-4 dev, WikiEvents dev, the training half of
   * the team's Reuters labels) and {@code repo} (the team's reports); never the GTD, whose terms
   * forbid shipping weights learned from it.
   */
  public static List<CandidateSource> sources(Path shared, Path repo) {
    List<CandidateSource> out = new ArrayList<>();
    Path muc = shared.resolve("data/muc4/dev");
    if (Files.isDirectory(muc)) {
      out.add(new MucSource(muc, "MUC-4 dev"));
    }
    Path wiki = shared.resolve("data/wikievents/dev.jsonl");
    if (Files.isRegularFile(wiki)) {
      out.add(new WikiSource(wiki));
    }
    Path reuters = shared.resolve("data/reuters/reuters21578-dev.jsonl");
    if (Files.isRegularFile(reuters)) {
      out.add(new ReutersSource(reuters, StoryLabels.bundled()));
    }
    Path team = repo.resolve("src/test/resources/org/vigil/extract/reports");
    if (Files.isDirectory(team)) {
      out.add(new TeamSource(team));
    }
    return out;
  }

  /**
   * Labels, cross-validates and trains.
   *
   * @param engine the engine whose candidates are labelled; its own relevance decision is not used
   * @throws IOException when a source cannot be read
   */
  public static Result train(List<CandidateSource> sources, Extractor engine, LogisticTrainer.Settings settings,
      Consumer<String> progress) throws IOException {
    Extractor rules = engine.withRelevance(Relevance.keepAll());
    List<LabelledCandidate> all = new ArrayList<>();
    List<String> data = new ArrayList<>();
    for (CandidateSource s : sources) {
      int before = all.size();
      s.label(rules, all::add);
      long none = all.subList(before, all.size()).stream().filter(c -> c.label().equals(RelevanceModel.NONE)).count();
      String line = String.format(Locale.ROOT, "%s: %d candidates (%d none)", s.name(), all.size() - before, none);
      data.add(line);
      progress.accept(line);
    }
    if (all.stream().map(LabelledCandidate::label).distinct().count() < 2) {
      throw new IllegalArgumentException("the sources gave " + all.size()
          + " labelled candidates, not both real and false ones: nothing to learn from");
    }
    Map<String, String> scores = new LinkedHashMap<>(crossValidate(all, settings));
    scores.forEach((k, v) -> progress.accept(k + ": " + v));
    LinearModel model = new LogisticTrainer(settings).train(examples(all, -1), labels());
    return new Result(model, data, scores);
  }

  private static Map<String, String> crossValidate(List<LabelledCandidate> all, LogisticTrainer.Settings settings) {
    int[][] counts = new int[2][2]; // [gold is incident][kept]
    for (int fold = 0; fold < FOLDS; fold++) {
      RelevanceModel model = new RelevanceModel(new LogisticTrainer(settings).train(examples(all, fold), labels()));
      for (LabelledCandidate c : all) {
        if (fold(c) == fold) {
          boolean kept = model.probability(c.candidate().features()) >= model.threshold();
          counts[c.label().equals(RelevanceModel.INCIDENT) ? 1 : 0][kept ? 1 : 0]++;
        }
      }
    }
    int none = counts[0][0] + counts[0][1];
    int real = counts[1][0] + counts[1][1];
    Map<String, String> out = new LinkedHashMap<>();
    out.put(FOLDS + "-fold cross-validation, false candidates dropped", ratio(counts[0][0], none));
    out.put(FOLDS + "-fold cross-validation, real candidates kept", ratio(counts[1][1], real));
    out.put(FOLDS + "-fold cross-validation, precision of kept candidates", ratio(counts[1][1], counts[1][1] + counts[0][1]));
    return out;
  }

  private static String ratio(int a, int b) {
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", b == 0 ? 0 : 100.0 * a / b, a, b);
  }

  /** The examples outside {@code heldOut} (all of them when it is negative). */
  private static List<Example> examples(List<LabelledCandidate> all, int heldOut) {
    List<Example> out = new ArrayList<>();
    for (LabelledCandidate c : all) {
      if (heldOut < 0 || fold(c) != heldOut) {
        // every candidate counts once: weighting the small sources up (3x) made the team's
        // memorial and verdict reports outweigh MUC-4 and WikiEvents on recalled attacks
        out.add(new Example(c.candidate().features(), c.label(), 1));
      }
    }
    return out;
  }

  private static int fold(LabelledCandidate c) {
    return Math.floorMod((c.source() + "/" + c.document()).hashCode(), FOLDS);
  }

  private static List<String> labels() {
    return List.of(RelevanceModel.NONE, RelevanceModel.INCIDENT);
  }
}
