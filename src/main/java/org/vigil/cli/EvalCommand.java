package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Formats;
import org.vigil.eval.ResultPrinter;
import org.vigil.eval.Sample;
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
 * data are counted in the result and do not stop the run.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the extraction engine against human-coded gold data (GTD, ACLED, MUC-4, WikiEvents, team reports).")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "PATH",
      description = "Gold data: a CSV export (gtd, acled), a MUC-4 directory or file, a WikiEvents folder or .jsonl file, or a folder of team reports (vigil).")
  Path gold;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gtd, acled, muc4, wikievents or vigil.")
  String format;

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
    Formats f = Formats.named(format).orElseThrow(() -> new UserError(
        "--format: '" + format + "' is not a gold layout; expected gtd, acled, muc4, wikievents or vigil"));
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
      result = f.evaluator(registries).evaluate(gold, engine.extractor(), new Sample(sample, seed));
      if (report != null) {
        ResultPrinter.writeJson(result, report);
      }
    } catch (IOException e) {
      throw new UserError(gold + ": cannot be read (" + e.getMessage() + ")", e);
    }
    ResultPrinter.print(result, spec.commandLine().getOut());
    result.diagnostics().stream().limit(20).forEach(d -> spec.commandLine().getErr().println("vigil: " + d));
    return 0;
  }
}
