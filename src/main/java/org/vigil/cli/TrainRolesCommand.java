package org.vigil.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.Diagnostic;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleModel;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.learn.LogisticTrainer;
import org.vigil.learn.ModelCard;
import org.vigil.registry.Registries;
import org.vigil.train.RoleTrainer;
import org.vigil.train.ThresholdSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil train roles}: trains the role model on MUC-4 dev, WikiEvents dev and the team's
 * reports (never the GTD), and writes {@code roles.model}, {@code roles.thresholds} and the card
 * {@code roles.md} beside the engine, with the held-out scores it reached.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
    description = "Train the role model (which candidate phrase is the perpetrator, target, victim, weapon or detainee).")
final class TrainRolesCommand implements Callable<Integer> {

  /** Where the engine reads its role model, relative to a checkout. */
  static final String RESOURCES = "src/main/resources/org/vigil/extract";

  @Spec CommandSpec spec;

  @Mixin TrainOptions train;

  @Option(names = "--muc4", paramLabel = "DIR", defaultValue = "../shared/data/muc4/dev",
      description = "MUC-4 development messages and keys (default: ${DEFAULT-VALUE}).")
  Path muc4;

  @Option(names = "--wikievents", paramLabel = "DIR", defaultValue = "../shared/data/wikievents",
      description = "WikiEvents dev articles and coreference (default: ${DEFAULT-VALUE}).")
  Path wikievents;

  @Option(names = "--reports", paramLabel = "DIR", defaultValue = "src/test/resources/org/vigil/extract/reports",
      description = "The team's reports (default: ${DEFAULT-VALUE}).")
  Path reports;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--bits", defaultValue = "18", description = "Features are hashed into 2^BITS weights per role;"
      + " fewer bits make a smaller model the engine reads faster (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--caps-thresholds-only", description = "Keep the weights and the mixed-case thresholds in the"
      + " output directory; choose only the thresholds for text written in capitals (wire copy), on the held-out"
      + " folds of the corpora in capitals, and add them to the card.")
  boolean capsOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path muc = present(muc4, "MUC-4 dev", err);
    Path wiki = present(wikievents, "WikiEvents dev", err);
    Path team = present(reports, "the team's reports", err);
    if (muc == null && wiki == null && team == null) {
      throw new UserError("no training data: the role model trains on MUC-4 dev (--muc4 " + muc4 + "), WikiEvents dev"
          + " (--wikievents " + wikievents + ") and the team's reports (--reports " + reports + "), and none is there");
    }
    if (bits < 10 || bits > 24) {
      throw new UserError("--bits must be 10 to 24, was " + bits);
    }
    if (folds < 2) {
      throw new UserError("--folds must be at least 2, was " + folds);
    }
    LogisticTrainer.Settings settings = train.settings(bits);
    RoleTrainer trainer = new RoleTrainer(Registries.bundled(), new GazetteerGeocoder(Gazetteer.loadDefault()),
        settings, folds, line -> {
          err.println("vigil: train roles: " + line);
          err.flush();
        });
    Path out = train.out(RESOURCES);
    if (capsOnly) {
      trainer = trainer.keeping(CapsThresholds.kept(out));
    }
    List<Diagnostic> problems = new ArrayList<>();
    RoleTrainer.Result r = trainer.train(muc, wiki, team, problems::add);
    problems.stream().limit(10).forEach(d -> err.println("vigil: " + d));
    if (capsOnly) {
      CapsThresholds.write(out, r, command() + " --caps-thresholds-only");
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "thresholds for text in capitals written to %s%n", out);
      r.scores().forEach((k, v) -> o.printf(Locale.ROOT, "  %-70s %s%n", k, v));
      o.flush();
      return 0;
    }
    Files.createDirectories(out);
    try (OutputStream m = Files.newOutputStream(out.resolve(RoleModel.MODEL));
        OutputStream t = Files.newOutputStream(out.resolve(RoleModel.THRESHOLDS))) {
      r.model().write(m, t);
    }
    ModelCard card = new ModelCard("role model (org.vigil.extract.RoleModel)",
        "Which of the candidate phrases the rule engine finds around an incident (groups, agencies, forces, people"
            + " described or named, targets, things aimed at, weapons, casualty figures) fills which role of the"
            + " incident. A candidate takes the most probable role whose probability reaches the role's threshold.",
        java.util.Arrays.stream(RoleLabel.values()).map(RoleLabel::label).toList(),
        sources(r, muc, wiki, team),
        command(),
        TrainOptions.today(), TrainOptions.commit(), settings, thresholds(r), List.of(
            "Thresholds were chosen on the same held-out folds the scores are reported on ("
                + ThresholdSearch.describe() + "), so the scores are a little optimistic; the figures of"
                + " docs/quality.md on MUC-4 tst1/tst2 are the honest ones.",
            "WikiEvents dev has 20 articles; its held-out figure is noisy, and the figure vigil eval all prints for"
                + " it is not held out (the shipped model learned from those articles): quote the one above.",
            "The model chooses among the rule engine's candidates: a filler the rules never propose cannot be found."));
    card.write(out.resolve(RoleModel.CARD));
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "role model written to %s (%d examples)%n", out, r.examples());
    r.scores().forEach((k, v) -> o.printf(Locale.ROOT, "  %-70s %s%n", k, v));
    o.flush();
    return 0;
  }

  private String command() {
    return "vigil train roles --bits " + bits + " --folds " + folds + " --epochs " + train.epochs + " --seed "
        + train.seed + " --l2 " + train.l2 + " --min-count " + train.minCount + (train.average ? " --average" : "");
  }

  /** The directory when it exists; else null, and a line saying the model trains without it. */
  private static @Nullable Path present(Path dir, String what, PrintWriter err) {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    err.println("vigil: train roles: " + dir + ": no such directory; training without " + what);
    return null;
  }

  private static List<String> sources(RoleTrainer.Result r, @Nullable Path muc, @Nullable Path wiki,
      @Nullable Path team) {
    List<String> out = new ArrayList<>();
    if (muc != null) {
      out.add("MUC-4 development messages " + muc + " (" + r.documents().getOrDefault("muc4", 0)
          + " keyed messages; dev is training data, tst1/tst2 are for measuring)");
    }
    if (wiki != null) {
      out.add("WikiEvents dev " + wiki + " (" + r.documents().getOrDefault("wikievents", 0) + " articles, MIT)");
    }
    if (team != null) {
      out.add("the team's reports " + team + " (" + r.documents().getOrDefault("team", 0)
          + "; groups, forces and weapon types only)");
    }
    out.add(r.examples() + " labelled candidates; never the GTD (its terms forbid shipping weights learned from it)");
    return out;
  }

  private static java.util.Map<String, String> thresholds(RoleTrainer.Result r) {
    java.util.Map<String, String> s = new java.util.LinkedHashMap<>(r.scores());
    for (RoleLabel l : RoleLabel.values()) { // in the labels' order: the same card for the same model
      s.put(l == RoleLabel.NONE ? "veto (probability of no role at which a phrase the rules chose is dropped; 1: never)"
          : "threshold of " + l.label(), String.format(Locale.ROOT, "%.2f", r.model().thresholds().get(l)));
    }
    if (!r.model().thresholds(true).equals(r.model().thresholds())) {
      s.putAll(CapsThresholds.rows(r.model()));
    }
    return s;
  }
}
