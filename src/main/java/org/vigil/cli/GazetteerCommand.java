package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.DumpDownload;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoNamesImport;
import org.vigil.geo.InstalledGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil gazetteer install|status}: a full GeoNames gazetteer in the data directory. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Install a GeoNames dump as the gazetteer, or show what is installed.",
    subcommands = {GazetteerCommand.Install.class, GazetteerCommand.Status.class})
public final class GazetteerCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "install", mixinStandardHelpOptions = true,
      description = "Import GeoNames files (allCountries.zip, a country zip such as AF.zip, cities500.zip, "
          + "alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt) into DATA/gazetteer; the "
          + "engine then uses it instead of the bundled gazetteer. Earlier installed files are kept and "
          + "imported again with the new ones.")
  static final class Install implements Runnable {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "GeoNames files or their http(s) URLs.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigil-data",
        description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--index", paramLabel = "FILE",
        description = "Write the index to FILE instead, keeping no sources (how the bundled gazetteer is built).")
    @Nullable Path index;

    @Option(names = "--max-download-bytes", paramLabel = "N",
        description = "Largest download accepted (default: ${DEFAULT-VALUE}).")
    long maxDownloadBytes = DumpDownload.MAX_DOWNLOAD_BYTES;

    @Override
    public void run() {
      PrintWriter err = spec.commandLine().getErr();
      long t0 = System.nanoTime();
      List<Path> local = new ArrayList<>();
      List<Path> downloaded = new ArrayList<>();
      try {
        for (String s : sources) {
          if (s.startsWith("http://") || s.startsWith("https://")) {
            Path dir = index != null ? Files.createTempDirectory("vigil-download") : InstalledGazetteer.sourcesDir(data);
            downloaded.add(DumpDownload.fetch(URI.create(s), dir, maxDownloadBytes, bar(err, "download " + s)));
            finish(err);
          } else {
            Path p = Path.of(s);
            EngineOptions.requireReadable(p);
            local.add(p);
          }
        }
        GeoNamesImport.Summary summary;
        String where;
        if (index != null) {
          Path work = Files.createTempDirectory("vigil-gazetteer");
          List<Path> all = new ArrayList<>(local);
          all.addAll(downloaded);
          summary = GeoNamesImport.run(all, index, work, bar(err, "import"));
          Files.deleteIfExists(work);
          for (Path d : downloaded) {
            Files.deleteIfExists(d);
            Files.deleteIfExists(d.getParent());
          }
          where = index.toString();
        } else {
          summary = InstalledGazetteer.install(local, data, bar(err, "import"));
          where = InstalledGazetteer.indexFile(data).toString();
        }
        finish(err);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "installed %,d entries (%,d populated places, %,d countries and admin areas) "
            + "into %s in %.1f s%n", summary.entries(), summary.places(), summary.areas(), where,
            (System.nanoTime() - t0) / 1e9);
        if (summary.badLines() > 0) {
          out.printf(Locale.ROOT, "skipped %,d malformed line(s):%n", summary.badLines());
          summary.problems().forEach(p -> out.println("  " + p));
        }
        out.flush();
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError("gazetteer install: " + e.getMessage(), e);
      }
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Say which gazetteer the engine uses: an installed GeoNames index or the bundled one.")
  static final class Status implements Runnable {

    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigil-data",
        description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        Optional<Map<String, String>> installed = InstalledGazetteer.status(data);
        if (installed.isPresent()) {
          out.println("installed gazetteer (in use):");
          installed.get().forEach((k, v) -> out.printf("  %-14s %s%n", k, v));
        } else {
          Gazetteer bundled = Gazetteer.loadDefault();
          out.printf(Locale.ROOT, "no gazetteer installed in %s; the bundled one is in use (%,d entries: %s)%n",
              data, bundled.size(), bundled.describe().getOrDefault("source", "?"));
          out.println("install one with: vigil gazetteer install FILE|URL (e.g. a GeoNames allCountries.zip)");
        }
      } catch (IOException e) {
        throw new UserError("gazetteer status: " + e.getMessage(), e);
      }
      out.flush();
    }
  }

  private static volatile long lastDraw;

  /** A progress bar on stderr when it is a terminal; nothing otherwise. */
  static org.vigil.geo.ImportProgress bar(PrintWriter err, String label) {
    if (System.console() == null) {
      return org.vigil.geo.ImportProgress.NONE;
    }
    return (done, total) -> {
      long now = System.nanoTime();
      if (now - lastDraw < 200_000_000L && done < total) {
        return;
      }
      lastDraw = now;
      int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
      String bar = "#".repeat(pct / 4) + " ".repeat(25 - pct / 4);
      err.printf(Locale.ROOT, "\r%s [%s] %3d%% %,d / %,d MB", label, bar, pct, done >> 20, total >> 20);
      err.flush();
    };
  }

  private static void finish(PrintWriter err) {
    if (System.console() != null && lastDraw != 0) {
      err.println();
      err.flush();
      lastDraw = 0;
    }
  }
}
