package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Formats;
import org.vigil.eval.ResultPrinter;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Sample;
import org.vigil.eval.reuters.ReutersEvaluator;
import org.vigil.eval.reuters.StoryLabels;
import org.vigil.registry.Registries;
import org.vigil.registry.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval}: runs the engine on gold data coded by people and prints the scores per
 * field; {@code --report} writes the full result, with every error, as JSON. Problems in the gold
 * data are counted in the result and do not stop the run. {@code vigil eval all} runs every gold
 * set at once ({@link EvalAllCommand}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = EvalAllCommand.class,
    description = {"Score the extraction engine against human-coded gold data (GTD, ACLED, MUC-4, WikiEvents, team reports, "
        + "labelled Reuters stories).", "`vigil eval all` runs every gold set and prints the scoreboard."})
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "PATH",
      description = "Gold data: a CSV export (gtd, acled), a MUC-4 directory or file, a WikiEvents folder or .jsonl file, a folder of team reports "
          + "(vigil), or the Reuters stories' JSON Lines (reuters). Required unless a subcommand is given.")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "gtd, acled, muc4, wikievents, vigil or reuters. Required unless a subcommand is given.")
  String format;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "reuters: the labels to score against (id, yes|no, reason; tab-separated) instead of the bundled ones.")
  Path labels;

  @Option(names = "--problems", paramLabel = "N", defaultValue = "20",
      description = "How many problems in the gold data to print on stderr (default: ${DEFAULT-VALUE}; 0: all). "
          + "For reuters these include the flagged stories that have no label yet.")
  int problems;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
      description = "Score N documents drawn at random (default: all).")
  int sample;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the random draw for --sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--report", paramLabel = "OUT.json", description = "Write the full result as JSON.")
  Path report;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    if (gold == null || format == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required options: --gold and --format (or run `vigil eval all`)");
    }
    Formats f = Formats.named(format).orElseThrow(() -> new UserError(
        "--format: '" + format + "' is not a gold layout; expected " + Formats.choices()));
    if (labels != null && f != Formats.REUTERS) {
      throw new UserError("--labels: only the reuters format reads labels; --format is " + f.label());
    }
    if (problems < 0) {
      throw new UserError("--problems: " + problems + " is negative; expected 0 (all) or a positive count");
    }
    if (sample < 0) {
      throw new UserError("--sample: " + sample + " is negative; expected 0 (all) or a positive count");
    }
    if (!Files.exists(gold)) {
      throw new UserError(gold + ": no such file or directory");
    }
    Registries registries;
    try {
      registries = Registries.load(engine.groupFiles, engine.agencyFiles);
    } catch (RegistryException e) {
      throw new UserError(e.getMessage(), e);
    }
    EvalResult result;
    try {
      result = evaluator(f, registries).evaluate(gold, engine.extractor(), new Sample(sample, seed));
      if (report != null) {
        ResultPrinter.writeJson(result, report);
      }
    } catch (IOException e) {
      throw new UserError(gold + ": cannot be read (" + e.getMessage() + ")", e);
    }
    ResultPrinter.print(result, spec.commandLine().getOut());
    result.diagnostics().stream().filter(d -> !d.engineFailure()).limit(problems == 0 ? Long.MAX_VALUE : problems)
        .forEach(d -> spec.commandLine().getErr().println("vigil: " + d));
    result.engineFailures().forEach(d -> spec.commandLine().getErr().println("vigil: " + d));
    if (!result.engineFailures().isEmpty()) {
      spec.commandLine().getErr().println("vigil: " + result.engineFailures().size() + " of " + result.documents()
          + " document(s) failed in the engine (listed above)");
      return 1;
    }
    return 0;
  }

  private Evaluator evaluator(Formats f, Registries registries) throws IOException {
    if (labels == null) {
      return f.evaluator(registries);
    }
    EngineOptions.requireReadable(labels);
    return new ReutersEvaluator(StoryLabels.read(labels));
  }
}
