package org.vigil.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigil.geo.index.GazetteerIndex;

/**
 * A GeoNames dump installed in a data directory: the files under {@code gazetteer/sources}
 * and the index built from them, {@code gazetteer/geonames.idx}, which is memory-mapped
 * instead of the bundled gazetteer whenever it is present. Installing adds files to the
 * sources (a later {@code alternateNamesV2.zip} joins an earlier {@code AF.zip}) and rebuilds
 * the index from all of them; the old index serves until the new one is renamed over it.
 */
public final class InstalledGazetteer {

  /** Folder of the data directory that holds the installed gazetteer. */
  public static final String DIR = "gazetteer";

  private InstalledGazetteer() {}

  /** The index file of the gazetteer installed in {@code dataDir} (it may not exist). */
  public static Path indexFile(Path dataDir) {
    return dataDir.resolve(DIR).resolve("geonames.idx");
  }

  /** Where installed GeoNames files are kept; a download may go straight there. */
  public static Path sourcesDir(Path dataDir) {
    return dataDir.resolve(DIR).resolve("sources");
  }

  /**
   * The installed gazetteer of {@code dataDir} when there is one, else the bundled one: mapped
   * from its copy in {@code dataDir} when that directory exists (see {@link BundledCopy}; the copy
   * is written at the first load), else, or when the copy cannot be written, read onto the heap.
   *
   * @throws IOException when an installed index exists but cannot be read
   */
  public static Gazetteer loadFor(Path dataDir) throws IOException {
    Path index = indexFile(dataDir);
    if (Files.isRegularFile(index)) {
      return Gazetteer.open(index);
    }
    if (Files.isDirectory(dataDir)) {
      try {
        return BundledCopy.load(dataDir);
      } catch (IOException e) {
        System.err.println("vigil: cannot keep a mapped copy of the bundled gazetteer in " + dataDir
            + " (" + e.getMessage() + "); reading it onto the heap");
      }
    }
    return Gazetteer.loadDefault();
  }

  /**
   * Copies {@code files} to the installed sources of {@code dataDir} (files already there stay)
   * and rebuilds the index from every source.
   *
   * @throws IOException when a file is not a GeoNames file, or cannot be read or written
   */
  public static GeoNamesImport.Summary install(List<Path> files, Path dataDir,
      ImportProgress progress) throws IOException {
    DumpFiles.parts(files); // rejects a file that holds no GeoNames table before anything is copied
    Path sources = Files.createDirectories(sourcesDir(dataDir));
    for (Path f : files) {
      Path target = sources.resolve(f.getFileName().toString());
      if (!Files.exists(target) || !Files.isSameFile(f, target)) {
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<Path> all;
    try (Stream<Path> s = Files.list(sources)) {
      all = s.filter(Files::isRegularFile).sorted().toList();
    }
    Path work = Files.createTempDirectory(dataDir.resolve(DIR), "import-");
    try {
      return GeoNamesImport.run(all, indexFile(dataDir), work, progress);
    } finally {
      deleteTree(work);
    }
  }

  /** What is installed in {@code dataDir}: empty when nothing is. */
  public static Optional<Map<String, String>> status(Path dataDir) throws IOException {
    Path index = indexFile(dataDir);
    if (!Files.isRegularFile(index)) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("index", index.toString());
    out.put("index bytes", Long.toString(Files.size(index)));
    out.putAll(GazetteerIndex.open(index).meta());
    List<String> files = new ArrayList<>();
    Path sources = sourcesDir(dataDir);
    if (Files.isDirectory(sources)) {
      try (Stream<Path> s = Files.list(sources)) {
        for (Path p : s.sorted().toList()) {
          files.add(p.getFileName() + " (" + Files.size(p) + " bytes)");
        }
      }
    }
    out.put("sources kept", String.join(", ", files));
    return Optional.of(out);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
