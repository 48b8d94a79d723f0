package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.ingest.Reextractor;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil reextract}: runs this version of the engine over every stored report, updates
 * machine values, keeps analysts' values and lists the conflicts between them. A report the
 * engine fails on keeps its incidents and is listed; the exit code is then 1.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = "Re-run the engine over stored reports; analysts' reviews are kept and conflicts listed.")
final class ReextractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOptions storeOptions;
  @Mixin EngineOptions engine;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    Settings settings = storeOptions.settings();
    Registries registries = engine.registries();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.openExisting(settings, registries)) {
      Reextractor.Result r = new Reextractor(store, engine.extractor(registries, settings.extract()),
          new IncidentMerger(store, registries.groups(), settings.merge()), registries.groups(),
          settings.ingest().batchSize()).run();
      out.println("reports re-extracted: " + r.reports());
      out.println("incidents created:    " + r.incidentsCreated());
      out.println("incidents updated:    " + r.incidentsUpdated());
      out.println("conflicts with analysts' values: " + r.conflicts().size());
      r.conflicts().forEach(c -> out.println("  " + c));
      EngineFailures failures = new EngineFailures(spec.commandLine().getErr(), verbose);
      r.failures().forEach(f -> failures.report("stored report", f));
      failures.summary(r.reports());
      out.println("engine failures (incidents kept as they were): " + r.failures().size());
      out.flush();
      return r.failures().isEmpty() ? 0 : 1;
    }
  }
}
