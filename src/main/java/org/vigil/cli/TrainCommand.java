package org.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vigil train}: the reproducible commands that make the engine's shipped models, one
 * subcommand per model. Each reads only data whose terms allow shipping weights, writes the
 * model and its card, and prints the scores it reached on held-out data.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the engine's learned scorers and write each model with its model card.",
    subcommands = {TrainRelevanceCommand.class, TrainRolesCommand.class})
final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
