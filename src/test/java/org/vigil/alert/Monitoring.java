package org.vigil.alert;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;
import org.vigil.report.ReadLimits;
import org.vigil.store.Store;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.Watchlists;

/** Test helpers: watchlists of one user, and ingest with alerting as {@code vigil serve} does it. */
final class Monitoring {

  private Monitoring() {}

  /** Adds (or finds) organisation "analysts" and user "ana" in it; returns the user's id. */
  static long user(Store store) {
    return store.inTransaction(() -> {
      var org = store.access().findOrganisation("analysts")
          .orElseGet(() -> store.access().createOrganisation("analysts"));
      return store.access().findUser("ana").orElseGet(() -> store.access().createUser(org.id(), "ana", "analyst",
          null)).id();
    });
  }

  static WatchlistRow watch(Store store, String kind, String value, Double lat, Double lon, Double radius,
      String category, List<String> types, Integer minKilled, boolean arrestsOnly) {
    long user = user(store);
    WatchlistRow w = Watchlists.check(new WatchlistRow(0, user, null, kind + " " + value, kind, value, lat, lon,
        radius, category, types, minKilled, arrestsOnly), KnowledgeBase.REGISTRIES.groups());
    return store.inTransaction(() -> store.watches().insert(w));
  }

  static WatchlistRow watch(Store store, String kind, String value) {
    return watch(store, kind, value, null, null, null, null, List.of(), null, false);
  }

  /** Ingests JSON Lines records with alerting; returns the alert events raised or updated. */
  static List<AlertEvent> ingest(Store store, String... records) {
    List<AlertEvent> events = new ArrayList<>();
    Alerter alerter = new Alerter(KnowledgeBase.REGISTRIES.groups());
    Ingester ingester = new Ingester(store, KnowledgeBase.ENGINE,
        new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        KnowledgeBase.REGISTRIES.groups(), IngestSettings.defaults(),
        new Progress(new PrintWriter(Writer.nullWriter()), false, 0), line -> { },
        ids -> events.addAll(alerter.onIncidents(store, ids)));
    List<Report> reports = new ArrayList<>();
    ReportReader reader = new ReportReader(ReadLimits.defaults());
    reader.read("test.jsonl", String.join("\n", records) + "\n", null, reports::add, p -> {
      throw new IllegalArgumentException(p.toString());
    });
    IngestSummary s = ingester.ingestReports(reports, "test", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN));
    if (s.skippedCount() > 0) {
      throw new IllegalStateException("skipped: " + s.skipped());
    }
    return events;
  }
}
