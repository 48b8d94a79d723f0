package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.dataset.DatasetImporter;
import org.vigil.geo.Gazetteer;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil import-dataset FILE --format gtd|acled}: incidents from a historical dataset's CSV export. */
@Command(name = "import-dataset", mixinStandardHelpOptions = true,
    description = "Import incidents from a GTD or ACLED CSV export; later reports merge into them.")
final class ImportDatasetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV export.") Path file;
  @Option(names = "--format", required = true, paramLabel = "gtd|acled", description = "Which dataset the file comes from.") String format;
  @Mixin StoreOptions storeOptions;
  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    DatasetImporter.Format f = DatasetImporter.Format.fromLabel(format)
        .orElseThrow(() -> new UserError("--format '" + format + "' is not gtd or acled"));
    EngineOptions.requireReadable(file);
    Settings settings = storeOptions.settings();
    Registries registries = engine.registries();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = storeOptions.open(settings, registries)) {
      DatasetImporter importer = new DatasetImporter(store, new IncidentMerger(store, registries.groups(), settings.merge()),
          engine.gazetteer(), registries.groups(), settings.ingest().batchSize());
      DatasetImporter.Result r = importer.run(file, f, settings.intake().resolve(store), line -> {
        err.println("vigil: skipped " + line);
        err.flush();
      });
      out.println("records:           " + r.records());
      out.println("incidents created: " + r.created());
      out.println("joined:            " + r.joined() + " (incidents stored from reports or other datasets)");
      out.println("already imported:  " + r.alreadyImported());
      out.println("skipped:           " + r.skipped().size());
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    out.flush();
    return 0;
  }
}
