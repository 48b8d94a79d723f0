package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.eval.SharedCorpus;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench-robustness}: how the engine copes with long and hostile text, and with every
 * real text of the shared data. Prints seconds per 100 KB (wall clock and the thread's CPU) for one
 * sentence repeated, varied news and adversarial texts at each size, then runs every document of
 * {@code ../shared/data} (MUC-4, GTD, WikiEvents, Reuters) through the engine and lists any it
 * fails on. Exit code 1 when the engine failed on anything.
 */
@Command(name = "bench-robustness", mixinStandardHelpOptions = true,
    description = "Measure the engine on long and hostile texts and run it over every shared document.")
final class BenchRobustnessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", paramLabel = "CHARS", defaultValue = "100000,1000000",
      description = "Lengths of the generated texts, in characters (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared data folder (default: $VIGIL_SHARED, else ../shared).")
  Path shared;

  @Option(names = "--no-corpus", description = "Only the generated texts.")
  boolean noCorpus;

  @Option(names = "--no-generated", description = "Only the shared corpus.")
  boolean noGenerated;

  @Mixin EngineOptions engine;

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private int failures;

  @Override
  public Integer call() throws IOException {
    if (sizes.stream().anyMatch(n -> n <= 0)) {
      throw new UserError("--sizes: every size must be positive, got " + sizes);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path data = (shared != null ? shared : System.getenv("VIGIL_SHARED") != null
        ? Path.of(System.getenv("VIGIL_SHARED")) : Path.of("..", "shared")).resolve("data");
    Registries registries = engine.registries();
    Extractor extractor = engine.extractor(registries, org.vigil.extract.ExtractSettings.defaults());
    out.printf(Locale.ROOT, "time limit per report: %d ms (extract.report-millis)%n", extractor.settings().reportMillis());
    if (!noGenerated) {
      generated(extractor, StressTexts.of(registries), data, out);
    }
    if (!noCorpus) {
      corpus(extractor, data, out);
    }
    out.flush();
    return failures > 0 ? 1 : 0;
  }

  private void generated(Extractor extractor, StressTexts texts, Path data, PrintWriter out) throws IOException {
    extractor.attempt(Report.of("warm-up", texts.sentences(200_000), null));
    String varied = Files.isDirectory(data) ? news(data, sizes.stream().mapToInt(Integer::intValue).max().orElse(0))
        : null;
    out.printf(Locale.ROOT, "%n%-30s %10s %9s %9s %12s  %s%n", "text", "chars", "wall s", "cpu s", "cpu s/100KB",
        "result");
    for (int size : sizes) {
      measure(extractor, "one sentence repeated", StressTexts.repeated(size), out);
      measure(extractor, varied != null ? "varied news (shared data)" : "varied (generated sentences)",
          varied != null ? varied.substring(0, Math.min(size, varied.length())) : texts.sentences(size), out);
      for (String kind : StressTexts.ADVERSARIAL) {
        measure(extractor, kind, texts.adversarial(kind, size), out);
      }
    }
  }

  /** Reuters stories, then GTD summaries, until {@code chars} characters of real news. */
  private static String news(Path data, int chars) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String corpus : List.of("reuters", "gtd", "muc4")) {
      for (SharedCorpus.Document d : SharedCorpus.read(data, corpus, p -> { })) {
        if (sb.length() >= chars) {
          return sb.toString();
        }
        sb.append(d.report().text()).append("\n\n");
      }
    }
    return sb.toString();
  }

  private void measure(Extractor extractor, String what, String text, PrintWriter out) {
    long wall = System.nanoTime();
    long thread = cpu.getCurrentThreadCpuTime();
    ExtractionOutcome o = extractor.attempt(Report.of(what, text, java.time.LocalDate.of(2024, 4, 20)));
    double w = (System.nanoTime() - wall) / 1e9;
    double c = (cpu.getCurrentThreadCpuTime() - thread) / 1e9;
    if (o.failed()) {
      failures++;
    }
    out.printf(Locale.ROOT, "%-30s %10d %9.2f %9.2f %12.3f  %s%n", what, text.length(), w, c,
        c * 100_000 / text.length(), o.failed() ? o.failure().reason() : o.extraction().incidents().size() + " incidents");
    out.flush();
  }

  private void corpus(Extractor extractor, Path data, PrintWriter out) throws IOException {
    if (!Files.isDirectory(data)) {
      out.println("\nno shared data at " + data + ": the corpus is skipped (set --shared or $VIGIL_SHARED)");
      return;
    }
    out.printf(Locale.ROOT, "%n%-12s %9s %9s %11s %9s %12s  %s%n", "corpus", "documents", "failures", "chars",
        "wall s", "cpu s/100KB", "slowest");
    List<String> failed = new ArrayList<>();
    for (String name : SharedCorpus.NAMES) {
      List<SharedCorpus.Document> docs = SharedCorpus.read(data, name, p -> { });
      if (docs.isEmpty()) {
        continue;
      }
      long chars = 0;
      long slowest = 0;
      String slowestId = "";
      int before = failed.size();
      long wall = System.nanoTime();
      long thread = cpu.getCurrentThreadCpuTime();
      for (SharedCorpus.Document d : docs) {
        long t0 = System.nanoTime();
        ExtractionOutcome o = extractor.attempt(d.report());
        long took = System.nanoTime() - t0;
        if (took > slowest) {
          slowest = took;
          slowestId = d.report().id();
        }
        chars += d.report().text().length();
        if (o.failed()) {
          failed.add(name + " " + d.report().id() + " (" + d.source() + "): " + o.failure().reason());
        }
      }
      double c = (cpu.getCurrentThreadCpuTime() - thread) / 1e9;
      out.printf(Locale.ROOT, "%-12s %9d %9d %11d %9.1f %12.3f  %s (%d ms)%n", name, docs.size(), failed.size() - before,
          chars, (System.nanoTime() - wall) / 1e9, c * 100_000 / Math.max(1, chars), slowestId, slowest / 1_000_000);
      out.flush();
    }
    failed.forEach(f -> out.println("  failed: " + f));
    failures += failed.size();
  }
}
