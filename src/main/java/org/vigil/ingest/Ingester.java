package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.ExtractionFailure;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.report.Report;
import org.vigil.report.ReadProblem;
import org.vigil.report.ReportReader;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;

/**
 * Ingests report files into the store. Reports are extracted in parallel a batch at a time and
 * stored in one transaction per batch; progress is reported after each commit. A file or
 * record that cannot be read is skipped with "file: reason" and counted. A report the engine
 * fails on is stored without incidents, so that {@code vigil reextract} can try it again, and
 * counted among the skipped with the engine's reason. Not thread-safe.
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
  private long engineFailures;
  private final List<String> skipped = new ArrayList<>();
  private Consumer<ExtractionFailure> failed = f -> { };
  private @Nullable Consumer<ReadProblem> undated;

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

  /** Also tells {@code listener} of each report the engine failed on (for a stack trace); returns this. */
  public Ingester whenEngineFails(Consumer<ExtractionFailure> listener) {
    this.failed = listener;
    return this;
  }

  /**
   * Dates plain-text and HTML files ingested without a publication date from their dateline or
   * file name, telling {@code listener} how each was dated or that it stays undated; returns this.
   */
  public Ingester whenUndated(Consumer<ReadProblem> listener) {
    this.undated = listener;
    return this;
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
    ReportReader reader = new ReportReader(settings.readLimits(), undated);
    List<Pending> batch = new ArrayList<>();
    long filesDone = 0;
    for (Path f : files) {
      String name = f.toString();
      Consumer<Report> sink = r -> {
        read++;
        batch.add(new Pending(r, name + "#" + r.id(), label, null));
      };
      if (name.endsWith(".gz")) {
        try {
          String text = Inputs.gunzip(f, settings.maxGzipBytes());
          reader.read(name.substring(0, name.length() - 3), text, published, sink,
              p -> skip(new ReadProblem(name, p.line(), p.reason()).toString()));
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
   * Ingests reports already in memory (benchmarks, tests); {@code origin} names their source and
   * {@code label} their owner and marking.
   */
  public IngestSummary ingestReports(List<Report> reports, String origin, Ownership label) {
    return ingestPending(reports.stream().map(r -> new Pending(r, origin + "#" + r.id(), label, null)).toList());
  }

  /**
   * Stores reports the engine has already been run on, failures included: the server's queue
   * extracts without holding the store and takes it only to store; {@code origin} names their
   * source and {@code label} their owner and marking.
   */
  public IngestSummary ingestExtracted(List<ExtractionOutcome> outcomes, String origin, Ownership label) {
    return ingestPending(outcomes.stream().map(o -> new Pending(o.report(), origin + "#" + o.report().id(), label, o))
        .toList());
  }

  private IngestSummary ingestPending(List<Pending> reports) {
    List<Pending> batch = new ArrayList<>();
    long done = 0;
    for (Pending p : reports) {
      read++;
      batch.add(p);
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

  private IngestSummary summary() {
    return new IngestSummary(read, stored, duplicates, nearDuplicates, skipped, skippedCount, created, updated,
        engineFailures);
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
    final Ownership label;
    @Nullable String hash;
    int[] minhash = new int[0];
    /** The engine's outcome: given when the report was extracted beforehand, else computed when the batch is stored. */
    @Nullable ExtractionOutcome outcome;

    Pending(Report report, String origin, Ownership label, @Nullable ExtractionOutcome outcome) {
      this.report = report;
      this.origin = origin;
      this.label = label;
      this.outcome = outcome;
    }
  }

  private void flush(List<Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    batch.parallelStream().forEach(p -> {
      String norm = Fingerprints.normalise(p.report.text());
      p.hash = Fingerprints.contentHash(norm);
      p.minhash = Fingerprints.minHash(norm);
      if (p.outcome == null) {
        p.outcome = extractor.attempt(p.report); // a failure is reported below; it never aborts the batch
      }
    });
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
    ExtractionFailure failure = p.outcome.failure();
    if (failure != null) {
      engineFailures++;
      skip(p.origin + ": report " + failure.reportId() + ": " + failure.reason()
          + "; its text is stored for vigil reextract");
      failed.accept(failure);
      return;
    }
    long[] counts = ReportIncidents.attach(store, merger, groups, reportId, published, nearDupOf != null,
        p.outcome.extraction(), p.label, touched);
    created += counts[0];
    updated += counts[1];
  }
}
