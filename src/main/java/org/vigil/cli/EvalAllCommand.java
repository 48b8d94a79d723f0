package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.eval.scorecard.Scorecard;
import org.vigil.eval.scorecard.ScorecardPrinter;
import org.vigil.registry.Registries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval all}: runs every gold set found in the shared development data and the
 * team's reports, and prints one table with the targets beside the figures. Sets whose data is
 * absent are listed as not available; the command fails only when nothing could be scored.
 */
@Command(name = "all", mixinStandardHelpOptions = true,
    description = "Run every gold set (MUC-4, GTD, WikiEvents, Reuters labels, team reports) and print the "
        + "scoreboard with the targets.")
final class EvalAllCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--markdown", description = "Print the table in Markdown, for docs/quality.md.")
  boolean markdown;

  @Option(names = "--report", paramLabel = "OUT.json",
      description = "Write the rows and every set's full result, errors included, as JSON.")
  Path report;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    Path shared = data.shared();
    Path repo = data.repo;
    if (!Files.isDirectory(shared)) {
      spec.commandLine().getErr().println("vigil: " + shared + ": no shared data there; only the team's reports "
          + "are scored (set --shared or $" + DataOptions.SHARED_ENV + ")");
    }
    Registries registries = engine.registries();
    Scorecard.Outcome outcome = Scorecard.standard(registries).run(shared, repo, engine.extractor(registries),
        line -> spec.commandLine().getErr().println("vigil: " + line));
    PrintWriter out = spec.commandLine().getOut();
    if (markdown) {
      ScorecardPrinter.markdown(outcome.rows(), out);
    } else {
      ScorecardPrinter.text(outcome.rows(), out);
    }
    if (report != null) {
      try {
        Files.writeString(report, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(Map.of("rows", outcome.rows(), "results", outcome.results())) + "\n");
      } catch (IOException e) {
        throw new UserError(report + ": cannot be written (" + e.getMessage() + ")", e);
      }
    }
    if (outcome.results().isEmpty()) {
      throw new UserError("no gold set could be scored: " + shared + " holds no gold data and " + repo
          + " no team reports");
    }
    return 0;
  }
}
