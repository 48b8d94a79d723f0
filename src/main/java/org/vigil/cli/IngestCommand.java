package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.alert.Alerter;
import org.vigil.extract.Extractor;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil ingest}: stores reports and merges their incidents into the knowledge base.
 * Progress goes to stderr (a bar on a terminal, plain lines otherwise), each skipped input as
 * one line "vigil: skipped FILE: reason", each text or HTML file without a publication date as a
 * warning (dated from its dateline or file name when one gives a date); the summary goes to
 * stdout. A PATH that does not exist stops it before anything is read (exit code 1). Exit code 0
 * when the run completed, skipped inputs included; 1 when the engine failed on a report (stored without
 * incidents for {@code vigil reextract}; the stack trace with {@code --verbose}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store reports (files, .gz files, directories) and merge their incidents.")
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files (.txt, .html, .json, .jsonl, and .gz) or directories.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "Summary as text or json (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for text and HTML files that carry none; anchors relative dates. "
          + "Without it, such a file is dated from its dateline or its file name (2024-03-22-...), with a warning.")
  String published;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Mixin StoreOptions storeOptions;

  @Mixin EngineOptions engine;

  enum SummaryFormat { text, json }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> missing = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
    if (!missing.isEmpty()) {
      throw new UserError(String.join(", ", missing) + ": no such file or directory; nothing was ingested");
    }
    java.time.LocalDate date = date(published);
    Settings settings = storeOptions.settings();
    Registries registries = engine.registries();
    Extractor extractor = engine.extractor(registries, settings.extract());
    Alerter alerter = new Alerter(registries.groups());
    try (Store store = storeOptions.open(settings, registries)) {
      Ingester ingester = new Ingester(store, extractor,
          new IncidentMerger(store, registries.groups(), settings.merge()), registries.groups(),
          settings.ingest(), new Progress(err, System.console() != null, settings.ingest().progressSeconds()),
          line -> {
            err.println("vigil: skipped " + line);
            err.flush();
          }, ids -> alerter.onIncidents(store, ids));
      if (date == null) {
        ingester.whenUndated(p -> {
          err.println("vigil: warning: " + p);
          err.flush();
        });
      }
      if (verbose) {
        ingester.whenEngineFails(f -> f.cause().printStackTrace(err));
      }
      Ownership label;
      try {
        label = settings.intake().resolve(store);
      } catch (IllegalArgumentException e) {
        throw new UserError(Settings.FILE + ": " + e.getMessage(), e);
      }
      IngestSummary summary = ingester.ingest(paths, date, label);
      print(out, summary, format);
      return summary.engineFailures() > 0 ? 1 : 0;
    }
  }

  private static java.time.LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UserError("--published: '" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }

  static void print(PrintWriter out, IngestSummary s, SummaryFormat format) {
    if (format == SummaryFormat.json) {
      var node = ExtractionWriter.JSON.createObjectNode();
      node.put("read", s.read());
      node.put("new", s.stored() - s.nearDuplicates());
      node.put("duplicate", s.duplicates());
      node.put("nearDuplicate", s.nearDuplicates());
      node.put("skipped", s.skippedCount());
      node.put("engineFailures", s.engineFailures());
      node.set("skippedReasons", ExtractionWriter.JSON.valueToTree(s.skipped()));
      node.put("incidentsCreated", s.incidentsCreated());
      node.put("incidentsUpdated", s.incidentsUpdated());
      out.println(node.toPrettyString());
    } else {
      out.println("read:             " + s.read());
      out.println("new:              " + (s.stored() - s.nearDuplicates()));
      out.println("duplicate:        " + s.duplicates());
      out.println("near-duplicate:   " + s.nearDuplicates());
      out.println("skipped:          " + s.skippedCount()
          + (s.engineFailures() > 0 ? " (" + s.engineFailures() + " failed in the engine, stored for vigil reextract)" : ""));
      for (String line : s.skipped()) {
        out.println("  " + line);
      }
      if (s.skippedCount() > s.skipped().size()) {
        out.println("  ... and " + (s.skippedCount() - s.skipped().size()) + " more (each reported on stderr above)");
      }
      out.println("incidents created: " + s.incidentsCreated());
      out.println("incidents updated: " + s.incidentsUpdated());
    }
    out.flush();
  }
}
