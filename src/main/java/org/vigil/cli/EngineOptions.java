package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.registry.Registries;
import org.vigil.registry.RegistryException;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the extraction engine: users' own registries. */
final class EngineOptions {

  @Option(names = "--groups", paramLabel = "FILE",
      description = "Extra group registry (JSON Lines), loaded on top of the bundled one; repeatable.")
  List<Path> groupFiles = new ArrayList<>();

  @Option(names = "--agencies", paramLabel = "FILE",
      description = "Extra agency registry (JSON Lines), loaded on top of the bundled one; repeatable.")
  List<Path> agencyFiles = new ArrayList<>();

  Extractor extractor() {
    return extractor(registries());
  }

  /** The engine over already loaded registries (commands that also need the group registry). */
  Extractor extractor(Registries registries) {
    return Extractor.create(registries, new GazetteerGeocoder(Gazetteer.loadDefault()));
  }

  /** The bundled registries with the users' files on top. */
  Registries registries() {
    for (Path p : groupFiles) {
      requireReadable(p);
    }
    for (Path p : agencyFiles) {
      requireReadable(p);
    }
    try {
      return Registries.load(groupFiles, agencyFiles);
    } catch (RegistryException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  static void requireReadable(Path p) {
    if (!Files.exists(p)) {
      throw new UserError(p + ": no such file");
    }
    if (!Files.isReadable(p) || Files.isDirectory(p)) {
      throw new UserError(p + ": " + (Files.isDirectory(p) ? "is a directory" : "cannot be read"));
    }
  }
}
