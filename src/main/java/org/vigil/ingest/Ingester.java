package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Ingests report files into the store. Reports are extracted a batch at a time on worker threads
 * ({@link Pipeline}) while the batch before is stored in one transaction on the calling thread;
 * progress is reported after each commit. A file or
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
    List<PendingReport> batch = new ArrayList<>();
    long[] filesDone = {0};
    try (Pipeline pipeline = pipeline(b -> progress.update(filesDone[0], files.size(), read, stored))) {
      for (Path f : files) {
        String name = f.toString();
        Consumer<Report> sink = r -> {
          read++;
          batch.add(new PendingReport(r, name + "#" + r.id(), label, null));
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
        filesDone[0]++;
        if (batch.size() >= settings.batchSize()) {
          pipeline.add(batch);
          batch.clear();
        }
      }
      pipeline.add(batch);
      pipeline.flush();
    }
    progress.update(filesDone[0], files.size(), read, stored);
    progress.finish();
    return summary();
  }

  /**
   * Ingests reports already in memory (benchmarks, tests); {@code origin} names their source and
   * {@code label} their owner and marking.
   */
  public IngestSummary ingestReports(List<Report> reports, String origin, Ownership label) {
    return ingestPending(reports.stream().map(r -> new PendingReport(r, origin + "#" + r.id(), label, null)).toList());
  }

  /**
   * Stores reports the engine has already been run on, failures included: the server's queue
   * extracts without holding the store and takes it only to store; {@code origin} names their
   * source and {@code label} their owner and marking.
   */
  public IngestSummary ingestExtracted(List<ExtractionOutcome> outcomes, String origin, Ownership label) {
    return ingestPending(outcomes.stream().map(o -> new PendingReport(o.report(), origin + "#" + o.report().id(), label, o))
        .toList());
  }

  private IngestSummary ingestPending(List<PendingReport> reports) {
    List<PendingReport> batch = new ArrayList<>();
    long[] done = {0};
    try (Pipeline pipeline = pipeline(b -> {
      done[0] += b.size();
      progress.update(done[0], reports.size(), read, stored);
    })) {
      for (PendingReport p : reports) {
        read++;
        batch.add(p);
        if (batch.size() >= settings.batchSize()) {
          pipeline.add(batch);
          batch.clear();
        }
      }
      pipeline.add(batch);
      pipeline.flush();
    }
    progress.finish();
    return summary();
  }

  /** A pipeline that prepares batches beside the writer, writes each in a transaction and then calls {@code written}. */
  private Pipeline pipeline(Consumer<List<PendingReport>> written) {
    return new Pipeline(Pipeline.defaultThreads(), p -> p.prepare(extractor, merger), b -> {
      write(b);
      written.accept(b);
    });
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

  private void write(List<PendingReport> batch) {
    if (batch.isEmpty()) {
      return;
    }
    store.inTransaction(() -> {
      for (PendingReport p : batch) {
        store(p);
      }
      if (!touched.isEmpty()) {
        listener.touched(Set.copyOf(touched));
        touched.clear();
      }
      return null;
    });
  }

  private void store(PendingReport p) {
    var existing = store.reports().idByHash(p.hash, p.label);
    if (existing.isPresent()) {
      duplicates++;
      store.reports().addCopy(existing.get(), p.origin);
      return;
    }
    Long nearDupOf = null;
    long[] keys = p.bandKeys;
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
        p.minhashHex, nearDupOf, r.title(), published, r.source(), r.url(), p.origin,
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
        p.outcome.extraction(), p.incidents, touched, Map.of());
    created += counts[0];
    updated += counts[1];
  }
}
