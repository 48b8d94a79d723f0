package org.vigil.eval.followup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.dataset.DatasetImporter;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.CsvReader;
import org.vigil.eval.CsvRow;
import org.vigil.eval.gtd.GtdRecord;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.Fingerprints;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.Ingester;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Whether news reports and dataset records of the same incidents become one: every GTD
 * summary of a CSV export is ingested as a report (published on the incident date, without its
 * "MM/DD/YYYY:" prefix) into a store that also imports the same CSV as dataset records, the
 * records first or the reports first. A summary joins when the incident of its news holds its
 * own record; it is a wrong merge when that incident holds another record. Summaries identical
 * to an earlier one are stored once, as the same report, and are counted apart. Not
 * thread-safe (it writes the store).
 */
public final class GtdJoin {

  /** Which comes into the store first. */
  public enum Order { RECORDS_FIRST, REPORTS_FIRST }

  /**
   * What the join gave.
   *
   * @param summaries records with a summary
   * @param copies summaries identical to an earlier record's (stored once)
   * @param joined summaries whose incident holds their own record
   * @param wrong summaries whose incident holds another record
   * @param alone summaries whose incident holds no record, or that gave no incident
   */
  public record Result(Order order, int summaries, int copies, int joined, int wrong, int alone, List<String> examples) {
    public Result {
      examples = List.copyOf(examples);
    }

    private int scored() {
      return summaries - copies;
    }

    public double joinRate() {
      return scored() == 0 ? 1 : (double) joined / scored();
    }

    public double wrongRate() {
      return scored() == 0 ? 0 : (double) wrong / scored();
    }

    public void print(PrintWriter out) {
      out.printf(Locale.ROOT, "%s: %d summaries (%d identical to another, not scored); joined their record %d (%.1f%%), "
          + "joined another record %d (%.1f%%), no record %d (%.1f%%)%n", order.name().toLowerCase(Locale.ROOT)
          .replace('_', ' '), summaries, copies, joined, 100 * joinRate(), wrong, 100 * wrongRate(), alone,
          scored() == 0 ? 0 : 100.0 * alone / scored());
      examples.forEach(e -> out.println("  " + e));
      out.flush();
    }
  }

  /** Most examples of wrong or missing joins listed. */
  static final int MAX_EXAMPLES = 20;

  private final StoreRun run;
  private final Store store;

  public GtdJoin(Store store, Extractor engine, Registries registries, MergeRules rules) {
    this.run = new StoreRun(store, engine, registries, rules);
    this.store = store;
  }

  /** Imports and ingests {@code csv} in {@code order} into the (empty) store and scores the join. */
  public Result run(Path csv, Order order) throws IOException {
    return run(csv, order, 0, null);
  }

  /**
   * As {@link #run(Path, Order)} on the first {@code limit} rows of the export (all when 0; the
   * export is in date order, so a sample keeps each day's look-alikes together), writing why
   * each summary that did not join its record missed it to {@code misses} when given.
   */
  public Result run(Path csv, Order order, int limit, @Nullable PrintWriter misses) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("the sample size must not be negative: " + limit);
    }
    List<CsvRow> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      new CsvReader(csv.toString(), in).read(rows::add, d -> { });
    }
    Path imported = csv;
    if (limit > 0 && limit < rows.size()) {
      rows = rows.subList(0, limit);
      imported = sample(rows);
    }
    try {
      List<GtdRecord> records = rows.stream().map(GtdRecord::of).flatMap(Optional::stream).toList();
      List<Report> reports = records.stream().map(r -> Report.of("gtd-summary-" + r.id(), r.text(), r.date())).toList();
      IncidentMerger merger = run.merger();
      DatasetImporter importer = new DatasetImporter(store, merger, Gazetteer.loadDefault(),
          run.registries().groups(), IngestSettings.DEFAULT_BATCH_SIZE);
      Ingester ingester = run.ingester(merger);
      if (order == Order.RECORDS_FIRST) {
        importer.run(imported, DatasetImporter.Format.GTD, StoreRun.LABEL, line -> { });
        ingester.ingestReports(reports, csv.toString(), StoreRun.LABEL);
      } else {
        ingester.ingestReports(reports, csv.toString(), StoreRun.LABEL);
        importer.run(imported, DatasetImporter.Format.GTD, StoreRun.LABEL, line -> { });
      }
      return score(order, records, misses == null ? null : new GtdMiss(store, merger, misses));
    } finally {
      if (!imported.equals(csv)) {
        Files.deleteIfExists(imported);
      }
    }
  }

  /** The rows written to a temporary CSV with every field quoted, for the importer. */
  private static Path sample(List<CsvRow> rows) throws IOException {
    List<String> columns = rows.stream().flatMap(r -> r.values().keySet().stream()).distinct().sorted().toList();
    Path file = Files.createTempFile("vigil-gtd-sample", ".csv");
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", columns.stream().map(GtdJoin::quote).toList()) + "\n");
      for (CsvRow r : rows) {
        w.write(String.join(",", columns.stream().map(c -> quote(r.values().getOrDefault(c, ""))).toList()) + "\n");
      }
    }
    return file;
  }

  private static String quote(String field) {
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private Result score(Order order, List<GtdRecord> records, @Nullable GtdMiss misses) {
    int copies = 0;
    int joined = 0;
    int wrong = 0;
    int alone = 0;
    List<String> examples = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (GtdRecord r : records) {
      Optional<Long> report = store.reports().idByHash(Fingerprints.contentHash(Fingerprints.normalise(r.text())),
          StoreRun.LABEL);
      if (report.isPresent() && !seen.add(report.get())) {
        copies++;
        continue;
      }
      List<SourceRow> sources = report.map(id -> store.sources().ofReport(Viewer.OPERATOR, id)).orElse(List.of());
      Optional<SourceRow> news = sources.stream().filter(s -> !s.background()).findFirst()
          .or(() -> sources.stream().findFirst());
      List<String> held = news.map(s -> store.sources().ofIncident(Viewer.OPERATOR, s.incidentId()).stream()
          .filter(x -> "gtd".equals(x.dataset())).map(SourceRow::datasetRef).toList()).orElse(List.of());
      if (held.contains(r.id())) {
        joined++;
      } else if (!held.isEmpty()) {
        wrong++;
        example(examples, r.id() + ": joined record " + held + " (incident " + news.get().incidentId() + ")");
        if (misses != null) {
          misses.write(r, "joined another record " + held, news);
        }
      } else {
        alone++;
        String why = news.isEmpty() ? "no incident extracted" : "incident " + news.get().incidentId() + " holds no record";
        example(examples, r.id() + ": " + why);
        if (misses != null) {
          misses.write(r, why, news);
        }
      }
    }
    return new Result(order, records.size(), copies, joined, wrong, alone, examples);
  }

  private static void example(List<String> examples, String line) {
    if (examples.size() < MAX_EXAMPLES) {
      examples.add(line);
    }
  }
}
