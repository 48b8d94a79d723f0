package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.vigil.learn.LogisticTrainer;
import picocli.CommandLine.Option;

/** Options every {@code vigil train} subcommand shares: where to write, and the learner's settings. */
final class TrainOptions {

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write the model and its card into"
      + " (default: the engine's resource directory of this checkout).")
  Path out;

  @Option(names = "--epochs", defaultValue = "10", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--l2", defaultValue = "1e-6", description = "L2 penalty per update (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--min-count", defaultValue = "1", description = "The fewest training examples a feature must occur"
      + " in to get a weight; rarer features (a message's own words and names) are left out (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--average", description = "Ship the weights averaged over every step of training rather than"
      + " the last step's.")
  boolean average;

  /** The learner's settings with these options on top of the defaults and the given hash bits. */
  LogisticTrainer.Settings settings(int bits) {
    if (epochs < 1 || l2 < 0 || minCount < 1) {
      throw new UserError("--epochs and --min-count must be at least 1 and --l2 not negative; got --epochs " + epochs
          + " --min-count " + minCount + " --l2 " + l2);
    }
    return LogisticTrainer.Settings.defaults().withBits(bits).withEpochs(epochs).withSeed(seed).withL2(l2)
        .withMinCount(minCount).withAverage(average);
  }

  /** The output directory, or {@code fallback} (relative to the working directory) when none was given. */
  Path out(String fallback) {
    return out != null ? out : Path.of(fallback);
  }

  static String today() {
    return LocalDate.now().toString();
  }

  /** The checkout's commit, for the model card; "unknown" outside a git checkout. */
  static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      try (InputStream in = p.getInputStream()) {
        String s = new String(in.readNBytes(100), StandardCharsets.UTF_8).trim();
        return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && !s.isEmpty() ? s : "unknown";
      }
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
