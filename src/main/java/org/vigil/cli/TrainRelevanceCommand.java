package org.vigil.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Sample;
import org.vigil.eval.muc4.Muc4Evaluator;
import org.vigil.eval.reuters.ReutersEvaluator;
import org.vigil.eval.reuters.StoryLabels;
import org.vigil.extract.Extractor;
import org.vigil.extract.Relevance;
import org.vigil.extract.RelevanceModel;
import org.vigil.learn.LogisticTrainer;
import org.vigil.learn.ModelCard;
import org.vigil.train.CandidateSource;
import org.vigil.train.RelevanceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil train relevance}: trains the relevance model on MUC-4 dev, WikiEvents dev, the
 * training half of the team's Reuters labels and the team's reports, writes {@code relevance.model} and its card {@code relevance.md}, and prints
 * the cross-validated scores and the engine's relevance on MUC-4 tst1 and tst2 with and without it.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
    description = "Train the relevance model (is a candidate incident a real one?) and write it with its card.")
final class TrainRelevanceCommand implements Callable<Integer> {

  /** Where the model goes in a checkout. */
  static final String RESOURCES = "src/main/resources/org/vigil/extract";

  @Spec CommandSpec spec;

  @Mixin TrainOptions train;

  @Mixin DataOptions where;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Path data = where.shared();
    List<CandidateSource> sources = RelevanceTraining.sources(data, where.repo);
    if (sources.isEmpty()) {
      throw new UserError("no training data: neither " + data + "/data/muc4/dev, " + data
          + "/data/wikievents/dev.jsonl nor " + where.repo + "'s team reports were found");
    }
    LogisticTrainer.Settings settings = train.settings(RelevanceModel.BITS);
    Extractor engine = new EngineOptions().extractor();
    RelevanceTraining.Result r;
    try {
      r = RelevanceTraining.train(sources, engine, settings, this::progress);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    Map<String, String> scores = new LinkedHashMap<>(r.scores());
    heldOut(data, engine, new RelevanceModel(r.model()), scores);
    Path out = train.out(RESOURCES);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve("relevance.model"))) {
      r.model().write(o);
    }
    new ModelCard("relevance", "Decides whether a candidate incident the rules assembled is a real one (an attack, "
        + "clash, kidnapping, plot or arrest, new or recalled) or violent words used otherwise: figures of speech, "
        + "accidents, tests, strikes, hypotheticals, denials. The engine keeps a candidate when the probability of "
        + "'incident' is at least " + RelevanceModel.THRESHOLD + ".", r.model().labels(), r.data(),
        "vigil train relevance", TrainOptions.today(), TrainOptions.commit(), settings, scores,
        List.of("Learned from MUC-4 (Latin American wire news, 1989-90, all capitals), 20 WikiEvents articles, the "
            + "team's reports and the training half of the team's Reuters labels (1987 wire news); the held-out "
            + "half of those labels and the GTD are used only to measure, never to learn.",
            "MUC-4's keys leave out state violence and incidents outside nine countries; those candidates are not "
                + "used for training.", "English only."))
        .write(out.resolve("relevance.md"));
    progress("wrote " + out.resolve("relevance.model") + " and " + out.resolve("relevance.md"));
    return 0;
  }

  /** MUC-4 tst1 and tst2 relevance and the Reuters held-out half, with the model and with the rules alone. */
  private void heldOut(Path data, Extractor engine, Relevance model, Map<String, String> scores) throws IOException {
    Path reuters = data.resolve("data/reuters/reuters21578-dev.jsonl");
    if (Files.isRegularFile(reuters)) {
      for (boolean learned : List.of(false, true)) {
        EvalResult r = new ReutersEvaluator(StoryLabels.bundled()).evaluate(reuters,
            engine.withRelevance(learned ? model : Relevance.keepAll()), Sample.all());
        FieldResult f = r.field(ReutersEvaluator.HELD_OUT).orElseThrow();
        String key = "Reuters held-out half, flagged stories P / R, " + (learned ? "with the model" : "rules alone");
        scores.put(key, String.format(Locale.ROOT, "%.1f (%d/%d) / %.1f", 100 * f.precision(), f.truePositives(),
            f.truePositives() + f.falsePositives(), 100 * f.recall()));
        progress(key + ": " + scores.get(key));
      }
    }
    for (String set : List.of("tst1", "tst2")) {
      Path dir = data.resolve("data/muc4").resolve(set);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (boolean learned : List.of(false, true)) {
        EvalResult r = new Muc4Evaluator().evaluate(dir, engine.withRelevance(learned ? model : Relevance.keepAll()),
            Sample.all());
        FieldResult f = r.field("relevant messages").orElseThrow();
        String key = "MUC-4 " + set + " relevant messages P / R / F1, " + (learned ? "with the model" : "rules alone");
        scores.put(key, String.format(Locale.ROOT, "%.1f / %.1f / %.1f", 100 * f.precision(), 100 * f.recall(),
            100 * f.f1()));
        progress(key + ": " + scores.get(key));
      }
    }
  }

  private void progress(String line) {
    spec.commandLine().getErr().println("vigil: " + line);
  }
}
