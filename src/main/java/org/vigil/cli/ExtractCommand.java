package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil extract}: reads reports and prints their incidents. A file that cannot be read,
 * or a bad record in it, is reported on stderr and skipped; a report the engine fails on (a bug
 * its text meets, or {@code extract.report-millis}) is reported on stderr and still gets its
 * output, with {@code "error"} instead of incidents; the others are still extracted, and the
 * exit code is 1 if anything was skipped or failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract incidents from reports (plain text, HTML or JSON Lines).")
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (.txt, .html, .jsonl).")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for files that carry none; anchors relative dates.")
  String published;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    LocalDate date = parseDate(published);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> readable = new ArrayList<>();
    int problems = 0;
    for (Path f : files) {
      java.util.Optional<String> why = EngineOptions.unreadable(f);
      if (why.isPresent()) {
        err.println("vigil: " + f + ": " + why.get());
        problems++;
      } else {
        readable.add(f);
      }
    }
    if (readable.isEmpty()) {
      return 1;
    }
    Extractor extractor = engine.extractor();
    ReportReader reader = new ReportReader(ReadLimits.defaults(), date != null ? null : p -> {
      err.println("vigil: warning: " + p);
      err.flush();
    });
    ExtractionWriter writer = new ExtractionWriter(out, format);
    EngineFailures failures = new EngineFailures(err, verbose);
    long[] counts = {0, 0}; // reports, skipped
    Progress progress = Progress.onTerminal(err);
    for (Path f : readable) {
      reader.readNumbered(f, date, (Report r, int line) -> {
        ExtractionOutcome o = extractor.attempt(r);
        if (o.failed()) {
          failures.report(line > 0 ? f + ":" + line : f.toString(), o.failure());
        }
        writer.write(o);
        counts[0]++;
        progress.tick();
      }, p -> {
        err.println("vigil: " + p);
        counts[1]++;
      });
    }
    progress.done();
    out.flush();
    failures.summary(counts[0]);
    return problems + counts[1] + failures.count() > 0 ? 1 : 0;
  }

  private static LocalDate parseDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError("--published: '" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
