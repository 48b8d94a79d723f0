package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.store.Viewer;
import org.vigil.extract.Extractor;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.Progress;
import org.vigil.ingest.SyntheticReports;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Stats;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench-ingest}: generates reports and ingests them end to end (extract, dedup,
 * merge, store) into a fresh SQLite knowledge base, then prints reports/s, the database size and
 * how long one page of incidents takes to read.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
    description = "Measure end-to-end ingest speed on generated reports into a fresh SQLite knowledge base.")
final class BenchIngestCommand implements Callable<Integer> {

  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  @Spec CommandSpec spec;

  @Option(names = "--reports", defaultValue = "100000", description = "Reports to generate (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--query-incidents", defaultValue = "0", paramLabel = "N",
      description = "After the ingest, add generated incidents until the store holds N, then time the page queries again (default: none).")
  int queryIncidents;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Empty or new directory for the knowledge base (default: a temporary one, deleted afterwards).")
  Path data;

  @Override
  public Integer call() throws IOException {
    if (reports <= 0) {
      throw new UserError("--reports must be positive, got " + reports);
    }
    boolean temporary = data == null;
    Path dir = temporary ? Files.createTempDirectory("vigil-bench") : data;
    if (!temporary && Files.exists(dir.resolve(org.vigil.store.Database.SQLITE_FILE))) {
      throw new UserError(dir + " already holds a knowledge base; the benchmark needs a fresh one");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoreOptions options = new StoreOptions();
    options.data = dir;
    Settings settings = Settings.defaults();
    Registries registries = Registries.bundled();
    Extractor extractor = new EngineOptions().extractor(registries);
    List<Report> generated = SyntheticReports.generate(reports, seed);
    try (Store store = options.open(settings, registries)) {
      Ingester ingester = new Ingester(store, extractor, new IncidentMerger(store, registries.groups(), settings.merge()),
          registries.groups(), settings.ingest(), new Progress(err, false, 10), line -> err.println("vigil: skipped " + line));
      long start = System.nanoTime();
      long cpuStart = PROCESS.getProcessCpuTime();
      long writerStart = THREADS.getCurrentThreadCpuTime();
      IngestSummary s = ingester.ingestReports(generated, "generated", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
      double writer = (THREADS.getCurrentThreadCpuTime() - writerStart) / 1e9;
      Stats stats = store.stats(Viewer.OPERATOR);
      out.printf(Locale.ROOT, "reports: %d (new %d, duplicate %d, near-duplicate %d)%n", s.read(),
          s.stored() - s.nearDuplicates(), s.duplicates(), s.nearDuplicates());
      out.printf(Locale.ROOT, "incidents: %d (created %d, updated %d), sources %d%n", stats.incidents(),
          s.incidentsCreated(), s.incidentsUpdated(), stats.sources());
      out.printf(Locale.ROOT, "time: %.1f s%n", seconds);
      out.printf(Locale.ROOT, "reports/s (end to end: extract, dedup, merge, store): %.0f%n", s.read() / seconds);
      out.printf(Locale.ROOT, "CPU: %.1f s in all (%.0f reports per CPU second), %.1f s on the writing thread; load average %.1f%n",
          cpu, s.read() / cpu, writer, PROCESS.getSystemLoadAverage());
      out.printf(Locale.ROOT, "database size: %.1f MB (%.1f KB per report)%n", store.sizeBytes() / 1e6,
          store.sizeBytes() / 1e3 / Math.max(1, stats.reports()));
      queries(out, store);
      if (queryIncidents > stats.incidents()) {
        long t = System.nanoTime();
        QueryLoad.fill(store, queryIncidents - stats.incidents(), seed);
        out.printf(Locale.ROOT, "added %d generated incidents in %.1f s; the store now holds %d%n",
            queryIncidents - stats.incidents(), (System.nanoTime() - t) / 1e9, store.stats(Viewer.OPERATOR).incidents());
        queries(out, store);
        out.printf(Locale.ROOT, "database size: %.1f MB%n", store.sizeBytes() / 1e6);
      }
    } finally {
      if (temporary) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void queries(PrintWriter out, Store store) {
    org.vigil.query.IncidentViews views = new org.vigil.query.IncidentViews(store, Viewer.OPERATOR);
    IncidentFilter byCountry = new IncidentFilter(List.of(), "IQ", "bombing", null, null, null);
    IncidentFilter byGroup = new IncidentFilter(List.of("islamic-state"), null, null, "2018-01-01", "2019-12-31", null);
    out.printf(Locale.ROOT, "one page of 50 incidents, latest first: %.2f ms rows, %.2f ms with sources (median of 21)%n",
        median(() -> store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 50, 0)),
        median(() -> store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 50, 0).forEach(views::view)));
    out.printf(Locale.ROOT, "one page of 50 incidents, by country and type: %.2f ms rows, %.2f ms with sources%n",
        median(() -> store.incidents().query(Viewer.OPERATOR, byCountry, 50, 0)),
        median(() -> store.incidents().query(Viewer.OPERATOR, byCountry, 50, 0).forEach(views::view)));
    out.printf(Locale.ROOT, "one page of 50 incidents, by group and years: %.2f ms rows, %.2f ms with sources%n",
        median(() -> store.incidents().query(Viewer.OPERATOR, byGroup, 50, 0)),
        median(() -> store.incidents().query(Viewer.OPERATOR, byGroup, 50, 0).forEach(views::view)));
  }

  private static double median(Runnable query) {
    double[] ms = new double[21];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
