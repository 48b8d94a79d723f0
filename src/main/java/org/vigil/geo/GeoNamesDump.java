package org.vigil.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a gazetteer from GeoNames' own dump files in one directory (for {@code --geonames DIR}):
 * {@code allCountries.txt}, a country file or a {@code citiesN.txt} (required), and optionally
 * {@code admin1CodesASCII.txt}, {@code admin2Codes.txt} and {@code alternateNamesV2.txt}, as
 * .txt or .zip. They are imported into a temporary index that is memory-mapped and deleted on
 * exit; {@code vigil gazetteer install} keeps such an index in the data directory instead.
 */
final class GeoNamesDump {

  private GeoNamesDump() {}

  /**
   * @throws IOException when a file cannot be read, or any line is malformed (the message names
   *     the file and line)
   */
  static Gazetteer load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> DumpFiles.kindOf(p.getFileName().toString()) != null
          || p.getFileName().toString().endsWith(".zip")).sorted().toList();
    }
    if (files.stream().noneMatch(p -> DumpFiles.kindOf(p.getFileName().toString()) == DumpFiles.Kind.TABLE
        || p.getFileName().toString().endsWith(".zip"))) {
      throw new IOException("no allCountries.txt, country file or citiesN.txt in " + dir);
    }
    Path work = Files.createTempDirectory("vigil-geonames");
    try {
      Path index = work.resolve("geonames.idx");
      GeoNamesImport.Summary s = GeoNamesImport.run(files, index, work.resolve("spill"), ImportProgress.NONE);
      if (!s.problems().isEmpty()) {
        throw new IOException(s.problems().get(0) + (s.badLines() > 1 ? " (and " + (s.badLines() - 1) + " more)" : ""));
      }
      return Gazetteer.open(index);
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
