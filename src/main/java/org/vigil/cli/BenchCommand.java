package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.extract.ExtractionFailure;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;
import org.vigil.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench}: extraction speed on one core. Loads the reports once, runs the engine
 * over them for a warm-up period and then for a measured period, single-threaded, and prints
 * start-up time, articles/s, tokens/s and heap in use. A report the engine fails on is counted
 * and named once; the measurement goes on.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure extraction speed and memory on the given reports (one thread).")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (.txt, .html, .json, .jsonl).")
  List<Path> files;

  @Option(names = "--seconds", defaultValue = "20", description = "Measured time (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    if (seconds <= 0 || warmup < 0) {
      throw new UserError("--seconds must be positive and --warmup not negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Report> reports = new ArrayList<>();
    ReportReader reader = new ReportReader(ReadLimits.defaults());
    for (Path f : files) {
      EngineOptions.requireReadable(f);
      reader.read(f, null, reports::add, p -> spec.commandLine().getErr().println("vigil: " + p));
    }
    if (reports.isEmpty()) {
      throw new UserError("no reports to measure in " + files);
    }
    long tokens = 0;
    long words = 0;
    for (Report r : reports) {
      tokens += Tokenizer.tokenize(r.text()).size();
      words += r.text().split("\\s+").length;
    }
    long t0 = System.nanoTime();
    Extractor extractor = engine.extractor();
    extractor.attempt(reports.get(0));
    double startup = (System.nanoTime() - t0) / 1e9;
    Map<String, ExtractionFailure> failed = new LinkedHashMap<>();
    run(extractor, reports, warmup, new long[1], failed);
    System.gc();
    long start = System.nanoTime();
    long[] incidents = {0};
    long done = run(extractor, reports, seconds, incidents, failed);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory();
    double perArticle = (double) tokens / reports.size();
    out.printf(Locale.ROOT, "reports: %d (%.0f words and %.0f tokens on average)%n", reports.size(),
        (double) words / reports.size(), perArticle);
    out.printf(Locale.ROOT, "start-up (registries, gazetteer, first report): %.2f s%n", startup);
    out.printf(Locale.ROOT, "articles/s (one thread): %.0f%n", done / elapsed);
    out.printf(Locale.ROOT, "tokens/s (one thread): %.0f%n", done * perArticle / elapsed);
    out.printf(Locale.ROOT, "400-word articles/s (one thread, by words): %.0f%n",
        done * ((double) words / reports.size()) / elapsed / 400);
    out.printf(Locale.ROOT, "incidents per pass: %d%n", incidents[0] * reports.size() / Math.max(1, done));
    out.printf(Locale.ROOT, "heap in use after GC: %d MB (max %d MB)%n", heap >> 20, rt.maxMemory() >> 20);
    out.printf(Locale.ROOT, "reports the engine failed on: %d%n", failed.size());
    EngineFailures failures = new EngineFailures(spec.commandLine().getErr(), false);
    failed.values().forEach(f -> failures.report("bench", f));
    failures.summary(reports.size());
    return failed.isEmpty() ? 0 : 1;
  }

  /**
   * Extracts until the time is up; counts incidents so that the work cannot be optimised away,
   * and keeps the first failure of each report that fails.
   */
  private static long run(Extractor extractor, List<Report> reports, int seconds, long[] incidents,
      Map<String, ExtractionFailure> failed) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      for (Report r : reports) {
        ExtractionOutcome o = extractor.attempt(r);
        if (o.failed()) {
          failed.putIfAbsent(r.id(), o.failure());
        } else {
          incidents[0] += o.extraction().incidents().size();
        }
        n++;
      }
    }
    return n;
  }
}
