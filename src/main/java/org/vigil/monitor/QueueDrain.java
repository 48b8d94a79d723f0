package org.vigil.monitor;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigil.alert.AlertBus;
import org.vigil.alert.AlertEvent;
import org.vigil.alert.Alerting;
import org.vigil.extract.Extraction;
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
import org.vigil.store.PendingStore.Pending;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.web.SharedStore;

/**
 * Ingests queued reports, a batch at a time, each labelled as it was queued (a pushed report
 * with its pusher's organisation and marking; the feeds' and the drop directory's with
 * {@code kb.organisation} and {@code kb.marking}): the reports are read and extracted first,
 * outside the writer's lock (reads of the server go on meanwhile); then in one transaction they
 * are stored (dedup, near-duplicates, merge), the alerts they raise stored and queued for
 * webhooks, and the items removed from the queue; then the alerts are published. A batch that
 * fails is retried item by item, and an item that fails alone is dropped with its reason, so one
 * bad report never blocks the queue. Thread-safe (runs on the shared store).
 */
public final class QueueDrain {

  /** Queued reports ingested per transaction. */
  public static final int BATCH = 20;

  private final SharedStore shared;
  private final Extractor extractor;
  private final Function<Report, Extraction> engine;
  private final Registries registries;
  private final MergeRules merge;
  private final IngestSettings ingest;
  private final PrintStream log;
  private final Alerting alerting;
  private final IntakeSettings intake;

  /** @param intake the owner and marking of queued reports of the instance's own intake (feeds, drop directory) */
  public QueueDrain(SharedStore shared, Extractor extractor, Registries registries, MergeRules merge,
      IngestSettings ingest, IntakeSettings intake, AlertBus bus, PrintStream log) {
    this(shared, extractor, extractor::extract, registries, merge, ingest, intake, bus, log);
  }

  /** @param engine runs {@code extractor} on a report (tests hold it to show what goes on meanwhile) */
  QueueDrain(SharedStore shared, Extractor extractor, Function<Report, Extraction> engine, Registries registries,
      MergeRules merge, IngestSettings ingest, IntakeSettings intake, AlertBus bus, PrintStream log) {
    this.intake = intake;
    this.shared = shared;
    this.extractor = extractor;
    this.engine = engine;
    this.registries = registries;
    this.merge = merge;
    this.ingest = ingest;
    this.log = log;
    this.alerting = new Alerting(registries.groups(), bus);
  }

  /** Drains the queue; returns how many queued items were taken. */
  public int drain() {
    int total = 0;
    while (true) {
      List<Pending> batch = shared.call(s -> s.pending().oldest(BATCH));
      if (batch.isEmpty()) {
        return total;
      }
      Map<Long, Ingester.Prepared> prepared = prepare(batch); // the engine's work, outside the writer's lock
      try {
        publish(shared.call(s -> ingest(s, batch, prepared)));
      } catch (RuntimeException e) {
        for (Pending p : batch) {
          try {
            publish(shared.call(s -> ingest(s, List.of(p), prepared)));
          } catch (RuntimeException alone) {
            log.println("vigil: dropped queued report " + p.origin() + " (" + p.name() + "): " + alone.getMessage());
            shared.call(s -> {
              s.pending().remove(p.id());
              return null;
            });
          }
        }
      }
      total += batch.size();
    }
  }

  /** Reads and extracts each queued item, using no store. */
  private Map<Long, Ingester.Prepared> prepare(List<Pending> batch) {
    ReportReader reader = new ReportReader(new ReadLimits(ingest.maxTextChars(),
        Math.max(ingest.maxTextChars() * 2, ReadLimits.DEFAULT_MAX_LINE_CHARS), ReadLimits.DEFAULT_MAX_HTML_DEPTH));
    Map<Long, Ingester.Prepared> prepared = new HashMap<>();
    for (Pending p : batch) {
      List<Report> reports = new ArrayList<>();
      reader.read(p.name(), p.content(), null, reports::add,
          problem -> log.println("vigil: skipped " + p.origin() + ": " + problem.reason()));
      prepared.put(p.id(), Ingester.prepare(engine, reports, p.origin()));
    }
    return prepared;
  }

  private List<AlertEvent> ingest(Store s, List<Pending> batch, Map<Long, Ingester.Prepared> prepared) {
    List<AlertEvent> events = new ArrayList<>();
    Ingester ingester = new Ingester(s, extractor, new IncidentMerger(s, registries.groups(), merge),
        registries.groups(), ingest, new Progress(new PrintWriter(Writer.nullWriter()), false, 0),
        line -> log.println("vigil: skipped " + line), ids -> events.addAll(alerting.onIncidents(s, ids)));
    Ownership own = null;
    for (Pending p : batch) {
      if (p.ownership() == null && own == null) {
        own = intake.resolve(s);
      }
      Ownership label = p.ownership() != null ? p.ownership() : own;
      ingester.ingestPrepared(prepared.get(p.id()), label);
      s.pending().remove(p.id());
    }
    return events;
  }

  private void publish(List<AlertEvent> events) {
    alerting.publish(shared, events);
  }
}
