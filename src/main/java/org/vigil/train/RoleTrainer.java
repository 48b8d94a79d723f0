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
  private final @Nullable RoleModel keep;

  public RoleTrainer(Registries registries, Geocoder geocoder, LogisticTrainer.Settings settings, int folds,
      Consumer<String> progress) {
    this(registries, geocoder, settings, folds, progress, null);
  }

  private RoleTrainer(Registries registries, Geocoder geocoder, LogisticTrainer.Settings settings, int folds,
      Consumer<String> progress, @Nullable RoleModel keep) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
    }
    this.registries = registries;
    this.geocoder = geocoder;
    this.settings = settings;
    this.folds = folds;
    this.progress = progress;
    this.keep = keep;
  }

  /**
   * A trainer that keeps this model's weights and its thresholds for mixed case, and chooses only
   * its thresholds for text in capitals (still on held-out folds, with models trained as the kept
   * one was): an engine whose output on mixed-case text does not change.
   */
  public RoleTrainer keeping(RoleModel model) {
    return new RoleTrainer(registries, geocoder, settings, folds, progress, model);
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
    HeldOut held = new HeldOut(heldOut, heldOutDocs);
    double before = held.mean(rulesAlone, rulesAlone, false);
    progress.accept(String.format(Locale.ROOT, "the rules alone: mean micro-F1 %.1f", 100 * before));
    Map<RoleLabel, Double> thresholds = keep != null ? keep.thresholds()
        : new ThresholdSearch(t -> held.mean(t, t, false), progress).run();
    progress.accept("thresholds for text in capitals, on the held-out corpora written in capitals " + held.capsCorpora());
    Map<RoleLabel, Double> caps = held.capsCorpora().isEmpty() ? thresholds
        : new ThresholdSearch(t -> held.mean(thresholds, t, true), progress).run(thresholds);
    Map<String, String> scores = held.scores(thresholds, caps, folds);
    scores.putAll(reach.table());
    scores.put("mean of the corpora's role-filler micro-F1, the rules alone -> with the model (" + folds
        + "-fold held out)", String.format(Locale.ROOT, "%.1f -> %.1f", 100 * before,
        100 * held.mean(thresholds, caps, false)));
    held.micros(thresholds, thresholds).forEach((corpus, f) -> {
      if (held.capsCorpora().contains(corpus)) {
        scores.put(corpus + " role fillers (micro F1), text in capitals with the mixed-case thresholds -> its own ("
            + folds + "-fold held out)", String.format(Locale.ROOT, "%.1f -> %.1f", 100 * f.f1(),
            100 * held.micros(thresholds, caps).get(corpus).f1()));
      }
    });
    if (!held.capsCorpora().isEmpty()) {
      scores.put(String.join("+", held.capsCorpora()) + " role fillers (micro F1), the same with thresholds for"
          + " capitals chosen on alternate documents, judged on the others (" + folds + "-fold held out)",
          halves(held, thresholds));
    }
    List<Example> all = examples.stream().flatMap(List::stream).toList();
    if (keep != null) {
      return new Result(keep.withCaps(caps), scores, perCorpus, all.size());
    }
    LinearModel model = new LogisticTrainer(settings).train(all, labels);
    progress.accept("trained on " + all.size() + " examples");
    return new Result(RoleModel.of(model, thresholds, caps), scores, perCorpus, all.size());
  }

  /**
   * Whether choosing thresholds for capitals gains on documents the choice did not see: chosen
   * on the even held-out documents and judged on the odd ones, then the other way round.
   */
  private static String halves(HeldOut held, Map<RoleLabel, Double> thresholds) {
    List<String> out = new ArrayList<>();
    for (int parity = 0; parity < 2; parity++) {
      HeldOut chooseOn = held.half(parity);
      HeldOut judgeOn = held.half(1 - parity);
      Map<RoleLabel, Double> caps = new ThresholdSearch(t -> chooseOn.mean(thresholds, t, true), line -> {})
          .run(thresholds);
      out.add(String.format(Locale.ROOT, "%.1f -> %.1f", 100 * judgeOn.mean(thresholds, thresholds, true),
          100 * judgeOn.mean(thresholds, caps, true)));
    }
    return String.join(", ", out);
  }
}
