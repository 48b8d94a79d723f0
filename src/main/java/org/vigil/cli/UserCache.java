package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.InstalledGazetteer;

/**
 * The user's cache directory, where a command run without a data directory keeps the inflated
 * copy of the bundled gazetteer, so that its later starts map the copy instead of inflating 43 MB
 * onto the heap: {@code $VIGIL_CACHE_DIR}, else {@code $XDG_CACHE_HOME/vigil}, else
 * {@code ~/.cache/vigil}.
 */
final class UserCache {

  /** The environment variable that moves the cache. */
  static final String VARIABLE = "VIGIL_CACHE_DIR";

  private UserCache() {}

  /** The cache directory for this environment and home directory; empty when neither gives one. */
  static Optional<Path> directory(Map<String, String> env, String home) {
    String own = env.get(VARIABLE);
    if (own != null && !own.isBlank()) {
      return Optional.of(Path.of(own));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "vigil"));
    }
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "vigil"));
  }

  /**
   * The gazetteer for a run whose data directory {@code data} holds none: the bundled one, mapped
   * from its copy in the cache (written first, with a note on {@code err}), or read onto the heap
   * when there is no cache directory or it cannot be written.
   */
  static Gazetteer bundledGazetteer(Path data, PrintStream err) throws IOException {
    if (Files.isDirectory(data)) {
      return InstalledGazetteer.loadFor(data);
    }
    Optional<Path> cache = directory(System.getenv(), System.getProperty("user.home"));
    if (cache.isEmpty()) {
      return Gazetteer.loadDefault();
    }
    Path dir = cache.get();
    if (!Files.isDirectory(dir.resolve(InstalledGazetteer.DIR))) {
      err.println("vigil: keeping an inflated copy of the bundled gazetteer (43 MB) in " + dir
          + " so that later starts are faster; set " + VARIABLE + " to keep it elsewhere");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      err.println("vigil: cannot create the cache directory " + dir + " (" + e.getMessage()
          + "); reading the bundled gazetteer onto the heap");
      return Gazetteer.loadDefault();
    }
    return InstalledGazetteer.loadFor(dir);
  }
}
