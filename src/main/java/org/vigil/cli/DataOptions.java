package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the development data lies, for the commands that score or train on it: the shared data
 * (never committed) and the checkout holding the team's reports.
 */
final class DataOptions {

  /** The environment variable naming the shared development data. */
  static final String SHARED_ENV = "VIGIL_SHARED";

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared development data (default: $" + SHARED_ENV + ", else ../shared).")
  Path shared;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
      description = "The checkout holding the team's reports (default: the current directory).")
  Path repo;

  /** {@code --shared}, else {@code $VIGIL_SHARED}, else {@code ../shared}. */
  Path shared() {
    return shared != null ? shared
        : System.getenv(SHARED_ENV) != null ? Path.of(System.getenv(SHARED_ENV)) : Path.of("..", "shared");
  }
}
