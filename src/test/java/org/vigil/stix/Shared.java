package org.vigil.stix;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared conformance material (OASIS schemas and examples), outside the repository:
 * {@code ../shared} next to the working copy, or the folder named by {@code VIGIL_SHARED}.
 * Tests that need it are skipped, with a message, where it is absent.
 */
final class Shared {

  private Shared() {}

  static Path dir() {
    String env = System.getenv("VIGIL_SHARED");
    Path p = env != null && !env.isBlank() ? Path.of(env)
        : Path.of(System.getProperty("user.dir"), "..", "shared");
    return p.toAbsolutePath().normalize();
  }

  /** The folder under the shared material; skips the test when it is not there. */
  static Path require(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.isDirectory(p), () -> "skipped: " + p + " is absent (set VIGIL_SHARED to the shared folder)");
    return p;
  }

  static Path schemas() {
    return require("conformance/stix2.1-schemas/schemas");
  }

  static Path interop() {
    return require("conformance/stix2.1-schemas/interop");
  }

  static Path examples() {
    return require("conformance/stix-examples");
  }
}
