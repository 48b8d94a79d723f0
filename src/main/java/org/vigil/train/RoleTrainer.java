package org.vigil.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.Extractor;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleModel;
import org.vigil.extract.RoleTraining;
import org.vigil.extract.ScoredReport;
import org.vigil.geo.Geocoder;
import org.vigil.learn.Example;
import org.vigil.learn.LinearModel;
import org.vigil.learn.LogisticTrainer;
import org.vigil.registry.Registries;

/**
 * Trains the role model: every candidate the rules find in the gold documents becomes an
 * example labelled by the gold data; the documents are cut into folds (each corpus spread
 * evenly), a model trained on the other folds scores each fold's documents, and the thresholds
 * are chosen on these held-out documents ({@link ThresholdSearch}) to maximise the mean of the
 * corpora's role-filler micro-F1, with the product's own assembly and the scorers of {@code vigil eval}. Those
 * held-out figures are the model's scores; the shipped model is then trained on every example.
 * Deterministic for the same data and settings. Not thread-safe.
 */
public final class RoleTrainer {

  /** The outcome: the model, the held-out scores, and what it learned from. */
  public record Result(RoleModel model, Map<String, String> scores, Map<String, Integer> documents, int examples) {}

  private final Registries registries;
  private final Geocoder geocoder;
  private final LogisticTrainer.Settings settings;
  private final int folds;
  private final Consumer<String> progress;

  public RoleTrainer(Registries registries, Geocoder geocoder, LogisticTrainer.Settings settings, int folds,
      Consumer<String> progress) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
    }
    this.registries = registries;
    this.geocoder = geocoder;
    this.settings = settings;
    this.folds = folds;
    this.progress = progress;
  }

  /** Trains on the gold data found at the given paths; a null path is left out. */
  public Result train(@Nullable Path muc4, @Nullable Path wikievents, @Nullable Path teamReports,
      Consumer<Diagnostic> problems) throws IOException {
    List<GoldDoc> docs = new ArrayList<>();
    if (muc4 != null) {
      docs.addAll(MucDocs.read(muc4, problems));
    }
    if (wikievents != null) {
      docs.addAll(WikiDocs.read(wikievents, problems));
    }
    if (teamReports != null) {
      docs.addAll(TeamDocs.read(teamReports, registries, problems));
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no gold documents to train the role model on");
    }
    return train(docs);
  }

  Result train(List<GoldDoc> docs) {
    Extractor rules = Extractor.create(registries, geocoder, null);
    List<List<Example>> examples = new ArrayList<>();
    int[] fold = new int[docs.size()];
    Map<String, Integer> perCorpus = new LinkedHashMap<>();
    CandidateReach reach = new CandidateReach();
    for (int i = 0; i < docs.size(); i++) {
      GoldDoc d = docs.get(i);
      fold[i] = perCorpus.merge(d.corpus(), 1, Integer::sum) % folds;
      List<Example> ex = new ArrayList<>();
      RoleTraining.Found found = RoleTraining.find(rules, d.report(), settings.bits());
      reach.add(d.corpus(), d.reach(found));
      for (RoleTraining.Item item : found.items()) {
        d.label(item).ifPresent(l -> ex.add(Example.of(item.features(), l.label())));
      }
      examples.add(ex);
      if ((i + 1) % 200 == 0) {
        progress.accept("candidates of " + (i + 1) + " of " + docs.size() + " documents");
      }
    }
    List<String> labels = Arrays.stream(RoleLabel.values()).map(RoleLabel::label).toList();
    List<ScoredReport> heldOut = new ArrayList<>();
    List<GoldDoc> heldOutDocs = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (fold[i] != f) {
          train.addAll(examples.get(i));
        }
      }
      RoleModel model = RoleModel.of(new LogisticTrainer(settings).train(train, labels), Map.of());
      for (int i = 0; i < docs.size(); i++) {
        if (fold[i] == f && docs.get(i).micro().isPresent()) {
          heldOut.add(rules.score(docs.get(i).report(), model));
          heldOutDocs.add(docs.get(i));
        }
      }
      progress.accept("fold " + (f + 1) + " of " + folds + " trained and scored");
    }
    Map<RoleLabel, Double> rulesAlone = new EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      rulesAlone.put(l, 1.0); // no role added, no phrase of the rules dropped
    }
    double before = objective(heldOut, heldOutDocs, rulesAlone);
    progress.accept(String.format(Locale.ROOT, "the rules alone: mean micro-F1 %.1f", 100 * before));
    Map<RoleLabel, Double> thresholds = new ThresholdSearch(t -> objective(heldOut, heldOutDocs, t), progress).run();
    Map<String, String> scores = scores(heldOut, heldOutDocs, thresholds);
    scores.putAll(reach.table());
    scores.put("mean of the corpora's role-filler micro-F1, the rules alone -> with the model (" + folds
        + "-fold held out)", String.format(Locale.ROOT, "%.1f -> %.1f", 100 * before,
        100 * objective(heldOut, heldOutDocs, thresholds)));
    List<Example> all = examples.stream().flatMap(List::stream).toList();
    LinearModel model = new LogisticTrainer(settings).train(all, labels);
    progress.accept("trained on " + all.size() + " examples");
    return new Result(RoleModel.of(model, thresholds), scores, perCorpus, all.size());
  }

  private double objective(List<ScoredReport> heldOut, List<GoldDoc> docs, Map<RoleLabel, Double> t) {
    Map<String, FieldResult> micro = micros(heldOut, docs, t);
    return micro.values().stream().mapToDouble(FieldResult::f1).average().orElse(0);
  }

  /** Each corpus's micro-averaged role-filler result on the held-out documents. */
  private static Map<String, FieldResult> micros(List<ScoredReport> heldOut, List<GoldDoc> docs,
      Map<RoleLabel, Double> t) {
    Map<String, Scoreboard> boards = boards(heldOut, docs, t);
    Map<String, FieldResult> out = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String corpus = docs.get(i).corpus();
      String field = docs.get(i).micro().orElseThrow();
      if (!out.containsKey(corpus)) {
        boards.get(corpus).fields().stream().filter(f -> f.field().equals(field)).findFirst()
            .ifPresent(f -> out.put(corpus, f));
      }
    }
    return out;
  }

  private static Map<String, Scoreboard> boards(List<ScoredReport> heldOut, List<GoldDoc> docs,
      Map<RoleLabel, Double> t) {
    Map<String, Scoreboard> boards = new LinkedHashMap<>();
    Map<String, GoldDoc> one = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      GoldDoc d = docs.get(i);
      d.score(boards.computeIfAbsent(d.corpus(), k -> new Scoreboard()), heldOut.get(i).extraction(t));
      one.putIfAbsent(d.corpus(), d);
    }
    one.forEach((corpus, d) -> d.addMicro(boards.get(corpus)));
    return boards;
  }

  /** Held-out figures per corpus and role, for the model card. */
  private Map<String, String> scores(List<ScoredReport> heldOut, List<GoldDoc> docs, Map<RoleLabel, Double> t) {
    Map<String, String> out = new LinkedHashMap<>();
    boards(heldOut, docs, t).forEach((corpus, b) -> {
      for (FieldResult f : b.fields()) {
        if (f.confusion().isEmpty() && !f.field().startsWith("relevan") && !f.field().startsWith("incident")
            && !f.field().startsWith("articles")) {
          out.put(corpus + " " + f.field() + " (P / R / F1, " + folds + "-fold held out)",
              String.format(Locale.ROOT, "%.1f / %.1f / %.1f", 100 * f.precision(), 100 * f.recall(), 100 * f.f1()));
        }
      }
    });
    return out;
  }
}
