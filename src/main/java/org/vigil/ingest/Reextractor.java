package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.extract.ExtractionFailure;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.merge.AnalystPlacement;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.report.Report;
import org.vigil.report.SourceMap;
import org.vigil.review.ReviewField;
import org.vigil.review.Reviews;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;

/**
 * Runs the current engine over stored reports: each report's old values are replaced by the
 * new ones (matched again against stored incidents), machine values are rebuilt, analysts'
 * reviews are kept and applied on top, and every field where the engine's value changed and
 * now differs from the analyst's is listed as a conflict. An incident left without sources
 * because its report now joins another incident is merged into that one (reviews, alerts and
 * links follow). A source an analyst placed (split off, or moved by a merge) goes back where the
 * analyst put it, unmatched: the analyst's decision stands. A report the engine fails on keeps
 * what it gave before and is listed with the engine's reason; the run goes on. One transaction
 * per page of reports. Not thread-safe.
 */
public final class Reextractor {

  /** Where an analyst's value and the engine's new value disagree. */
  public record Conflict(long incidentId, String field, String analyst, String engineBefore, String engineNow) {
    @Override
    public String toString() {
      return "incident " + incidentId + " " + field + ": analyst " + analyst + ", engine now " + engineNow
          + " (was " + engineBefore + ")";
    }
  }

  /**
   * What a run did.
   *
   * @param failures the reports the engine failed on (they keep their earlier incidents)
   */
  public record Result(long reports, long incidentsCreated, long incidentsUpdated, List<Conflict> conflicts,
      List<ExtractionFailure> failures) {
    public Result {
      conflicts = List.copyOf(conflicts);
      failures = List.copyOf(failures);
    }
  }

  private final Store store;
  private final Extractor extractor;
  private final IncidentMerger merger;
  private final Registry<Group> groups;
  private final int pageSize;

  public Reextractor(Store store, Extractor extractor, IncidentMerger merger, Registry<Group> groups, int pageSize) {
    this.store = store;
    this.extractor = extractor;
    this.merger = merger;
    this.groups = groups;
    this.pageSize = pageSize;
  }

  public Result run() {
    long after = 0;
    long reports = 0;
    long[] counts = new long[2];
    List<Conflict> conflicts = new ArrayList<>();
    List<ExtractionFailure> failures = new ArrayList<>();
    while (true) {
      List<StoredReport> page = store.reports().after(Viewer.OPERATOR, after, pageSize);
      if (page.isEmpty()) {
        break;
      }
      store.inTransaction(() -> {
        for (StoredReport r : page) {
          if (!r.shared()) { // a partner's incidents are theirs, not the engine's to redo
            redo(r, counts, conflicts, failures);
          }
        }
        return null;
      });
      reports += page.size();
      after = page.get(page.size() - 1).id();
    }
    return new Result(reports, counts[0], counts[1], conflicts, failures);
  }

  private void redo(StoredReport r, long[] counts, List<Conflict> conflicts, List<ExtractionFailure> failures) {
    LocalDate published = r.published() == null ? null : LocalDate.parse(r.published());
    ExtractionOutcome outcome = extractor.attempt(new Report(r.extId(), r.title(), r.text(), published, r.source(),
        r.url(), SourceMap.identity()));
    if (outcome.failed()) {
      failures.add(outcome.failure());
      return;
    }
    var extraction = outcome.extraction();
    Map<Long, ObjectNode> before = new HashMap<>();
    Set<Long> affected = new LinkedHashSet<>();
    Map<Integer, Long> wasAt = new HashMap<>();
    Map<Integer, ReportIncidents.Placed> placed = new HashMap<>();
    for (SourceRow s : store.sources().ofReport(Viewer.OPERATOR, r.id())) {
      affected.add(s.incidentId());
      wasAt.put(s.position(), s.incidentId());
      if (AnalystPlacement.placedByAnalyst(s.explanation())) {
        placed.put(s.position(), new ReportIncidents.Placed(s.incidentId(), s.explanation()));
      }
      store.incidents().byId(Viewer.OPERATOR, s.incidentId()).ifPresent(i -> before.put(i.id(), parse(i.machineJson())));
      store.sources().delete(s.id());
    }
    store.links().deleteOfReport(r.id());
    long[] c = ReportIncidents.attach(store, merger, groups, r.id(), r.published(), r.nearDupOf() != null,
        extraction, ReportIncidents.read(merger, extraction, r.ownership()), new HashSet<>(), placed);
    counts[0] += c[0];
    counts[1] += c[1];
    Map<Long, Long> movedTo = new HashMap<>();
    for (SourceRow s : store.sources().ofReport(Viewer.OPERATOR, r.id())) {
      affected.add(s.incidentId());
      Long was = wasAt.get(s.position());
      if (was != null && was != s.incidentId()) {
        movedTo.putIfAbsent(was, s.incidentId());
      }
    }
    for (long id : affected) {
      if (store.sources().ofIncident(Viewer.OPERATOR, id).isEmpty() && movedTo.containsKey(id)) {
        // the report's incident now joins another one: reviews, alerts and links follow it
        merger.retire(id, movedTo.get(id), "re-extraction of report " + r.extId() + " moved its source there");
        continue;
      }
      if (store.sources().ofIncident(Viewer.OPERATOR, id).isEmpty() && !store.reviews().ofIncident(id).isEmpty()) {
        // no report gives this incident any more, but an analyst reviewed it: keep it and say so
        conflicts.add(new Conflict(id, "sources", "reviewed incident kept", "report " + r.extId(),
            "no source (the engine no longer finds it)"));
        continue;
      }
      merger.refresh(id);
      ObjectNode old = before.get(id);
      IncidentRow now = store.incidents().byId(Viewer.OPERATOR, id).orElse(null);
      if (old == null || now == null) {
        continue;
      }
      ObjectNode fresh = parse(now.machineJson());
      for (Review rv : store.reviews().ofIncident(id)) {
        ReviewField f = ReviewField.fromLabel(rv.field()).orElse(null);
        if (f == null) {
          continue;
        }
        JsonNode was = f.read(old);
        JsonNode is = f.read(fresh);
        JsonNode analyst = Reviews.analystValue(rv);
        if (!was.equals(is) && !is.equals(analyst)) {
          conflicts.add(new Conflict(id, rv.field(), analyst.toString(), was.toString(), is.toString()));
        }
      }
    }
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) ReportIncidents.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
