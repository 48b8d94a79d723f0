package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigil.extract.ExtractSettings;
import org.vigil.extract.Extractor;
import org.vigil.geo.Geocoder;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.geo.InstalledGazetteer;
import org.vigil.registry.Registries;
import org.vigil.registry.RegistryException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by the commands that run the extraction engine: users' own registries and the
 * time limit per report. Not final: tests plug in an engine that fails on chosen reports.
 */
class EngineOptions {

  @Option(names = "--groups", paramLabel = "FILE",
      description = "Extra group registry (JSON Lines), loaded on top of the bundled one; repeatable.")
  List<Path> groupFiles = new ArrayList<>();

  @Option(names = "--agencies", paramLabel = "FILE",
      description = "Extra agency registry (JSON Lines), loaded on top of the bundled one; repeatable.")
  List<Path> agencyFiles = new ArrayList<>();

  @Option(names = "--report-millis", paramLabel = "MS",
      description = "Longest the engine may work on one report, in milliseconds of CPU; a report over it is "
          + "reported as failed and the others go on (extract.report-millis; default: "
          + ExtractSettings.DEFAULT_REPORT_MILLIS + ").")
  Long reportMillis;

  /** The command this mixin is part of (null when created by hand). */
  @Spec(Spec.Target.MIXEE)
  @org.jspecify.annotations.Nullable CommandSpec mixee;

  /**
   * The gazetteer: the one installed in the data directory ({@code --data} of the command when
   * it has one, else {@code ./vigil-data}) when present, else the bundled one (mapped from its
   * copy in the data directory, or in the {@linkplain UserCache user's cache} when there is none).
   */
  Gazetteer gazetteer() {
    Path data = Path.of("vigil-data");
    OptionSpec option = mixee == null ? null : mixee.findOption("--data");
    if (option != null && option.getValue() instanceof Path p) {
      data = p;
    }
    try {
      return UserCache.bundledGazetteer(data, System.err);
    } catch (java.io.IOException e) {
      throw new UserError("cannot read the installed gazetteer: " + e.getMessage()
          + " (vigil gazetteer install again, or delete " + InstalledGazetteer.indexFile(data) + ")", e);
    }
  }

  /**
   * The engine with the bundled data and the users' registries; the gazetteer loads beside the
   * registries, since start-up is most of a short run.
   */
  Extractor extractor() {
    CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(this::gazetteer);
    Registries registries;
    try {
      registries = registries();
    } catch (UserError e) {
      gazetteer.cancel(true);
      throw e;
    }
    return create(registries, gazetteer, ExtractSettings.defaults());
  }

  /** The engine over already loaded registries (commands that also need the group registry). */
  Extractor extractor(Registries registries) {
    return extractor(registries, ExtractSettings.defaults());
  }

  /** The engine under a data directory's settings; {@code --report-millis} wins over {@code extract.report-millis}. */
  Extractor extractor(Registries registries, ExtractSettings settings) {
    return create(registries, CompletableFuture.completedFuture(gazetteer()), settings);
  }

  private Extractor create(Registries registries, CompletableFuture<Gazetteer> gazetteer, ExtractSettings settings) {
    ExtractSettings limits;
    try {
      limits = reportMillis == null ? settings : new ExtractSettings(reportMillis);
    } catch (IllegalArgumentException e) {
      gazetteer.cancel(true);
      throw new UserError("--report-millis: " + e.getMessage());
    }
    try {
      return engine(registries, new GazetteerGeocoder(gazetteer.join())).with(limits);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Builds the engine; a test overrides it to plug in a geocoder that fails on chosen reports. */
  Extractor engine(Registries registries, Geocoder geocoder) {
    return Extractor.create(registries, geocoder);
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
    unreadable(p).ifPresent(why -> {
      throw new UserError(p + ": " + why);
    });
  }

  /** Why a file given on the command line cannot be read, if it cannot. */
  static java.util.Optional<String> unreadable(Path p) {
    if (!Files.exists(p)) {
      return java.util.Optional.of("no such file");
    }
    if (Files.isDirectory(p)) {
      return java.util.Optional.of("is a directory");
    }
    return Files.isReadable(p) ? java.util.Optional.empty() : java.util.Optional.of("cannot be read");
  }
}
