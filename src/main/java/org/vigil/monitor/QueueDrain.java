package org.vigil.monitor;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigil.alert.AlertBus;
import org.vigil.alert.AlertEvent;
import org.vigil.alert.Alerting;
import org.vigil.extract.ExtractionInterrupted;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;
import org.vigil.store.Ownership;
import org.vigil.store.PendingStore.Pending;
import org.vigil.store.Store;
import org.vigil.web.SharedStore;

/**
 * Ingests queued reports, a batch at a time, each labelled as it was queued (a pushed report
 * with its pusher's organisation and marking; the feeds' and the drop directory's with
 * {@code kb.organisation} and {@code kb.marking}). Items are taken from the queue (each take counted,
 * so that one the server keeps stopping on is failed after {@code PendingStore.MAX_ATTEMPTS}),
 * then read and run through the engine without holding the store, so that requests are answered
 * meanwhile; only then, in one transaction, the reports are stored (dedup, near-duplicates,
 * merge), the alerts they raise stored and queued for webhooks, and the items removed from the
 * queue; then the alerts are published. A report with no date of its own is dated the day it was
 * queued, so that "on Saturday" finds its day. An item that cannot be read, a report the engine fails
 * on (stored without incidents, as {@code vigil ingest} does) and an item whose storing fails
 * even alone are kept in the queue, marked failed with the reason, and not taken again: one bad
 * report never blocks the queue and none is dropped unseen. Thread-safe (runs on the shared store).
 */
public final class QueueDrain {

  /** Queued reports ingested per transaction. */
  public static final int BATCH = 20;

  private final SharedStore shared;
  private final Extractor extractor;
  private final Function<Report, ExtractionOutcome> engine;
  private final Registries registries;
  private final MergeRules merge;
  private final IngestSettings ingest;
  private final PrintStream log;
  private final Alerting alerting;
  private final ReportReader reader;
  private final ReentrantLock draining = new ReentrantLock();
  private final IntakeSettings intake;

  /** @param intake the owner and marking of queued reports of the instance's own intake (feeds, drop directory) */
  public QueueDrain(SharedStore shared, Extractor extractor, Registries registries, MergeRules merge,
      IngestSettings ingest, IntakeSettings intake, AlertBus bus, PrintStream log) {
    this(shared, extractor, extractor::attempt, registries, merge, ingest, intake, bus, log);
  }

  /** @param engine runs {@code extractor} on a report (tests hold it to show what goes on meanwhile) */
  QueueDrain(SharedStore shared, Extractor extractor, Function<Report, ExtractionOutcome> engine,
      Registries registries, MergeRules merge, IngestSettings ingest, IntakeSettings intake, AlertBus bus,
      PrintStream log) {
    this.intake = intake;
    this.shared = shared;
    this.extractor = extractor;
    this.engine = engine;
    this.registries = registries;
    this.merge = merge;
    this.ingest = ingest;
    this.log = log;
    this.alerting = new Alerting(registries.groups(), bus);
    this.reader = new ReportReader(new ReadLimits(ingest.maxTextChars(),
        Math.max(ingest.maxTextChars() * 2, ReadLimits.DEFAULT_MAX_LINE_CHARS), ReadLimits.DEFAULT_MAX_HTML_DEPTH));
  }

  /** A queued item read and run through the engine, ready to store; {@code problems} say why it failed, if it did. */
  private record Prepared(Pending item, List<ExtractionOutcome> outcomes, List<String> problems) {

    @Nullable String failure() {
      return problems.isEmpty() ? null : String.join("; ", problems);
    }
  }

  /**
   * Drains the queue; returns how many queued items were taken. One drain runs at a time (a
   * second waits for the first, then takes what is left). Stops early, leaving the items for the
   * next start, when the thread is interrupted.
   */
  public int drain() {
    try {
      draining.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    try {
      return drainAlone();
    } finally {
      draining.unlock();
    }
  }

  private int drainAlone() {
    int total = 0;
    while (!Thread.currentThread().isInterrupted()) {
      List<Pending> batch = shared.call(s -> s.pending().take(BATCH));
      if (batch.isEmpty()) {
        return total;
      }
      List<Prepared> prepared = new ArrayList<>();
      try {
        for (Pending p : batch) {
          prepared.add(prepare(p));
        }
      } catch (ExtractionInterrupted e) {
        shared.call(s -> {
          batch.forEach(p -> s.pending().release(p.id()));
          return null;
        });
        Thread.currentThread().interrupt();
        return total;
      }
      try {
        publish(shared.call(s -> store(s, prepared)));
      } catch (RuntimeException e) {
        for (Prepared p : prepared) {
          try {
            publish(shared.call(s -> store(s, List.of(p))));
          } catch (RuntimeException alone) {
            String reason = "storing failed: " + alone.getClass().getSimpleName() + ": " + alone.getMessage();
            log.println("vigil: queued report " + p.item().id() + " (" + p.item().origin() + ") failed: " + reason);
            shared.call(s -> {
              s.pending().fail(p.item().id(), reason);
              return null;
            });
          }
        }
      }
      total += batch.size();
    }
    return total;
  }

  /** Reads the item and runs the engine on its reports; holds no lock. */
  private Prepared prepare(Pending p) {
    List<ExtractionOutcome> outcomes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    // a text with no date in it or its dateline was published, as far as anyone knows, when it came
    LocalDate queued = LocalDate.ofInstant(p.queued(), ZoneOffset.UTC);
    reader.readNumbered(p.name(), p.content(), null, (r, line) -> {
      ExtractionOutcome o = engine.apply(r.orPublished(queued));
      outcomes.add(o);
      if (o.failed()) {
        problems.add((line > 0 ? "line " + line + ": " : "") + "report " + r.id() + ": " + o.failure().reason()
            + " (stored without incidents; vigil reextract tries it again)");
      }
    }, problem -> problems.add(problem.line() > 0 ? "line " + problem.line() + ": " + problem.reason()
        : problem.reason()));
    return new Prepared(p, outcomes, problems);
  }

  private List<AlertEvent> store(Store s, List<Prepared> batch) {
    List<AlertEvent> events = new ArrayList<>();
    Ingester ingester = new Ingester(s, extractor, new IncidentMerger(s, registries.groups(), merge),
        registries.groups(), ingest, new Progress(new PrintWriter(Writer.nullWriter()), false, 0),
        line -> log.println("vigil: skipped " + line), ids -> events.addAll(alerting.onIncidents(s, ids)));
    Ownership own = null;
    for (Prepared p : batch) {
      if (p.item().ownership() == null && own == null) {
        own = intake.resolve(s);
      }
      if (!p.outcomes().isEmpty()) {
        ingester.ingestExtracted(p.outcomes(), p.item().origin(), p.item().ownership() != null ? p.item().ownership() : own);
      }
      String failure = p.failure();
      if (failure == null) {
        s.pending().remove(p.item().id());
      } else {
        s.pending().fail(p.item().id(), failure);
        log.println("vigil: queued report " + p.item().id() + " (" + p.item().origin() + ") failed: " + failure);
      }
    }
    return events;
  }

  private void publish(List<AlertEvent> events) {
    alerting.publish(shared, events);
  }
}
