package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Extraction;
import org.vigil.extract.Extractor;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;

/**
 * Ingests report files into the store. Reports are extracted in parallel a batch at a time and
 * stored in one transaction per batch; progress is reported after each commit. A file or
 * record that cannot be read is skipped with "file: reason" and counted. Not thread-safe.
 */
public final class Ingester {

  private final Store store;
  private final Extractor extractor;
  private final IncidentMerger merger;
  private final Registry<Group> groups;
  private final IngestSettings settings;
  private final Progress progress;
  private final Consumer<String> skippedLine;
  private final IncidentsTouched listener;
  private final Set<Long> touched = new HashSet<>();

  private long read;
  private long stored;
  private long duplicates;
  private long nearDuplicates;
  private long created;
  private long updated;
  private long skippedCount;
  private final List<String> skipped = new ArrayList<>();

  /** @param skippedLine receives one line per skipped item, as it happens */
  public Ingester(Store store, Extractor extractor, IncidentMerger merger, Registry<Group> groups,
      IngestSettings settings, Progress progress, Consumer<String> skippedLine) {
    this(store, extractor, merger, groups, settings, progress, skippedLine, ids -> { });
  }

  /**
   * @param listener told, inside each batch's transaction, which incidents the batch created or
   *     updated (alerts are stored in the same transaction)
   */
  public Ingester(Store store, Extractor extractor, IncidentMerger merger, Registry<Group> groups,
      IngestSettings settings, Progress progress, Consumer<String> skippedLine, IncidentsTouched listener) {
    this.listener = listener;
    this.store = store;
    this.extractor = extractor;
    this.merger = merger;
    this.groups = groups;
    this.settings = settings;
    this.progress = progress;
    this.skippedLine = skippedLine;
  }

  /**
   * Ingests every file under the paths as the instance's own intake at the default marking
   * ({@link IntakeSettings#DEFAULT_MARKING}) and returns the summary.
   */
  public IngestSummary ingest(List<Path> paths) {
    return ingest(paths, null, IntakeSettings.defaults().ownership(null));
  }

  /**
   * Ingests every file under the paths and returns the summary.
   *
   * @param published publication date for text and HTML files that carry none (anchors "on Saturday")
   * @param label the owner and marking of every report read
   */
  public IngestSummary ingest(List<Path> paths, java.time.@Nullable LocalDate published, Ownership label) {
    List<Path> files = Inputs.files(paths, this::skip);
    ReportReader reader = new ReportReader(settings.readLimits());
    List<Pending> batch = new ArrayList<>();
    long filesDone = 0;
    for (Path f : files) {
      String name = f.toString();
      Consumer<Report> sink = r -> {
        read++;
        batch.add(new Pending(r, name + "#" + r.id(), label));
      };
      if (name.endsWith(".gz")) {
        try {
          String text = Inputs.gunzip(f, settings.maxGzipBytes());
          reader.read(name.substring(0, name.length() - 3), text, published, sink, p -> skip(name + ": " + p.reason()
              + (p.line() > 0 ? " (line " + p.line() + ")" : "")));
        } catch (IOException e) {
          skip(name + ": " + e.getMessage());
        }
      } else {
        reader.read(f, published, sink, p -> skip(p.toString()));
      }
      filesDone++;
      if (batch.size() >= settings.batchSize()) {
        flush(batch);
        progress.update(filesDone, files.size(), read, stored);
      }
    }
    flush(batch);
    progress.update(filesDone, files.size(), read, stored);
    progress.finish();
    return summary();
  }

  /**
   * Ingests reports already in memory (the serve queue, benchmarks, tests); {@code origin} names
   * their source and {@code label} their owner and marking.
   */
  public IngestSummary ingestReports(List<Report> reports, String origin, Ownership label) {
    List<Pending> batch = new ArrayList<>();
    long done = 0;
    for (Report r : reports) {
      read++;
      batch.add(new Pending(r, origin + "#" + r.id(), label));
      if (batch.size() >= settings.batchSize()) {
        flush(batch);
        done += settings.batchSize();
        progress.update(done, reports.size(), read, stored);
      }
    }
    flush(batch);
    progress.update(reports.size(), reports.size(), read, stored);
    progress.finish();
    return summary();
  }

  /**
   * Fingerprints and extracts {@code reports} (named {@code origin#id}) in parallel without a
   * store: the CPU work of ingest, for a caller to do outside any database lock before
   * {@link #ingestPrepared}.
   */
  public static Prepared prepare(Function<Report, Extraction> engine, List<Report> reports, String origin) {
    List<Pending> items = new ArrayList<>();
    for (Report r : reports) {
      items.add(new Pending(r, origin + "#" + r.id(), null));
    }
    compute(engine, items);
    return new Prepared(List.copyOf(items));
  }

  /** Stores reports {@link #prepare}d, labelled {@code label}, in one transaction. */
  public IngestSummary ingestPrepared(Prepared prepared, Ownership label) {
    List<Pending> batch = new ArrayList<>();
    for (Pending p : prepared.items) {
      read++;
      p.label = label;
      batch.add(p);
    }
    save(batch);
    return summary();
  }

  /** Reports fingerprinted and extracted, not yet stored. */
  public static final class Prepared {
    private final List<Pending> items;

    private Prepared(List<Pending> items) {
      this.items = items;
    }
  }

  private IngestSummary summary() {
    return new IngestSummary(read, stored, duplicates, nearDuplicates, skipped, skippedCount, created, updated);
  }

  private void skip(String line) {
    skippedCount++;
    if (skipped.size() < IngestSummary.MAX_LISTED) {
      skipped.add(line);
    }
    skippedLine.accept(line);
  }

  /** A report read, with what can be computed before the transaction. */
  private static final class Pending {
    final Report report;
    final String origin;
    @Nullable Ownership label;
    @Nullable String hash;
    int[] minhash = new int[0];
    @Nullable Extraction extraction;

    Pending(Report report, String origin, @Nullable Ownership label) {
      this.report = report;
      this.origin = origin;
      this.label = label;
    }
  }

  private void flush(List<Pending> batch) {
    compute(extractor::extract, batch);
    save(batch);
  }

  private static void compute(Function<Report, Extraction> engine, List<Pending> batch) {
    batch.parallelStream().forEach(p -> {
      String norm = Fingerprints.normalise(p.report.text());
      p.hash = Fingerprints.contentHash(norm);
      p.minhash = Fingerprints.minHash(norm);
      try {
        p.extraction = engine.apply(p.report);
      } catch (RuntimeException e) {
        p.extraction = null; // reported below; one bad report never aborts the batch
      }
    });
  }

  private void save(List<Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    store.inTransaction(() -> {
      for (Pending p : batch) {
        store(p);
      }
      if (!touched.isEmpty()) {
        listener.touched(Set.copyOf(touched));
        touched.clear();
      }
      return null;
    });
    batch.clear();
  }

  private void store(Pending p) {
    var existing = store.reports().idByHash(p.hash, p.label);
    if (existing.isPresent()) {
      duplicates++;
      store.reports().addCopy(existing.get(), p.origin);
      return;
    }
    if (p.extraction == null) {
      skip(p.origin + ": the extraction engine failed on this report");
      return;
    }
    Long nearDupOf = null;
    long[] keys = Fingerprints.bandKeys(p.minhash);
    if (settings.nearDuplicateSimilarity() <= 1) {
      for (var c : store.reports().sharingBand(keys, p.label)) {
        if (Fingerprints.similarity(Fingerprints.decode(c.minhash()), p.minhash) >= settings.nearDuplicateSimilarity()) {
          nearDupOf = c.id();
          break;
        }
      }
    }
    Report r = p.report;
    String published = r.published() == null ? null : r.published().toString();
    long reportId = store.reports().insert(new StoredReport(0, r.id(), p.hash,
        Fingerprints.encode(p.minhash), nearDupOf, r.title(), published, r.source(), r.url(), p.origin,
        r.text(), p.label), keys);
    stored++;
    if (nearDupOf != null) {
      nearDuplicates++;
    }
    long[] counts = ReportIncidents.attach(store, merger, groups, reportId, published, nearDupOf != null,
        p.extraction, p.label, touched);
    created += counts[0];
    updated += counts[1];
  }
}
