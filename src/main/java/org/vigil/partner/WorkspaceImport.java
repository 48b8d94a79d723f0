package org.vigil.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.stix.StixObject;
import org.vigil.stix.StixTime;
import org.vigil.stix.Tlp;
import org.vigil.store.Review;
import org.vigil.store.SharedOrigin;
import org.vigil.store.SourceRow;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Brings a partner's STIX incidents into the knowledge base. Each incident's first source goes
 * through the merge entry point ({@link IncidentMerger#attach}): it joins the analyst's own
 * incident of the same event under the merge rules, with the merge explained, or makes a new
 * incident; two incidents of one import never merge with each other (the partner keeps them
 * apart). Its other source reports join the same incident. Every source and report remembers the
 * organisation that shared it and its TLP marking (the incident's, else the default given). An
 * incident imported again with the same version changes nothing; a later version replaces the
 * values of its sources. A new incident takes the partner's reviews; one merged into an analyst's
 * incident keeps the analyst's. Run inside one transaction; not thread-safe.
 */
public final class WorkspaceImport {

  /**
   * Who shared the objects.
   *
   * @param ownerOrg the organisation that shared them
   * @param defaultTlp the marking of objects that carry no TLP marking
   */
  public record Provenance(long ownerOrg, Tlp defaultTlp) {
    public Provenance {
      Objects.requireNonNull(defaultTlp, "defaultTlp");
    }
  }

  /** What an import did to the knowledge base; {@code touched} are the incidents it created or changed. */
  public record Result(int created, int merged, int updated, int unchanged, Set<Long> touched) {
    public Result {
      touched = Set.copyOf(touched);
    }

    public String summary() {
      return "workspace: " + created + " incidents created, " + merged + " merged into existing ones, " + updated
          + " updated, " + unchanged + " unchanged";
    }
  }

  private final Store store;
  private final IncidentMerger merger;
  private final Clock clock;

  public WorkspaceImport(Store store, Registries registries, MergeRules rules, Clock clock) {
    this.store = store;
    this.merger = new IncidentMerger(store, registries.groups(), rules);
    this.clock = clock;
  }

  /**
   * Imports the incidents among {@code objects}.
   *
   * @param lookup finds an object the incidents refer to that {@code objects} do not hold
   */
  public Result apply(List<StixObject> objects, Provenance p, Function<String, Optional<StixObject>> lookup) {
    StixGraph graph = new StixGraph(objects, lookup);
    Set<Long> touched = new LinkedHashSet<>();
    int[] counts = new int[4];
    for (StixObject incident : graph.incidents()) {
      counts[one(incident, graph, p, touched)]++;
    }
    return new Result(counts[0], counts[1], counts[2], counts[3], touched);
  }

  /** Imports one incident; returns 0 created, 1 merged, 2 updated or 3 unchanged. */
  private int one(StixObject incident, StixGraph graph, Provenance p, Set<Long> touched) {
    String version = incident.version().orElse("");
    int tlp = incident.tlp().orElse(p.defaultTlp()).ordinal();
    ObjectNode record = PartnerRecords.of(incident, graph);
    List<SharedOrigin> prior = store.sharedOrigins().sourcesOf(incident.id(), p.ownerOrg());
    if (!prior.isEmpty()) {
      if (!later(version, prior.get(0).stixVersion())) {
        return 3;
      }
      Set<Long> incidents = new LinkedHashSet<>();
      for (SharedOrigin o : prior) {
        long source = Objects.requireNonNull(o.sourceId());
        store.sources().updateValues(source, record.toString());
        store.sources().relabel(source, Ownership.of(p.ownerOrg(), Tlp.values()[tlp]));
        store.sharedOrigins().updateVersion(o.id(), version, tlp);
        store.sources().byId(Viewer.OPERATOR, source).ifPresent(s -> incidents.add(s.incidentId()));
      }
      incidents.forEach(merger::refresh);
      touched.addAll(incidents);
      return 2;
    }
    String at = clock.instant().toString();
    String producer = incident.text("created_by_ref").orElse(null);
    List<PartnerSource> sources = sources(incident, graph, p, tlp, producer, at);
    PartnerSource first = sources.get(0);
    Ownership label = Ownership.of(p.ownerOrg(), Tlp.values()[tlp]);
    IncidentMerger.Outcome outcome = merger.attach(record, new IncidentMerger.Source(first.reportId(),
        first.reportId() == null ? DATASET : null, first.reportId() == null ? incident.id() : null, 0,
        first.background(), first.counts(), first.published(), label), touched);
    long incidentId = outcome.incidentId();
    long firstSource = store.sources().ofIncident(Viewer.OPERATOR, incidentId).stream().mapToLong(SourceRow::id).max()
        .orElseThrow();
    List<Long> sourceIds = new ArrayList<>(List.of(firstSource));
    for (int n = 1; n < sources.size(); n++) {
      PartnerSource s = sources.get(n);
      sourceIds.add(store.sources().insert(new SourceRow(0, incidentId, s.reportId(), null, null, n, s.background(),
          s.counts(), s.published(), record.toString(), "{\"sameSharedIncident\":\"" + incident.id() + "\"}", label)));
    }
    for (long id : sourceIds) {
      store.sharedOrigins().add(new SharedOrigin(0, incident.id(), version, id, null, p.ownerOrg(), producer, tlp, at));
    }
    if (outcome.created()) {
      reviews(incident, incidentId);
    }
    merger.refresh(incidentId);
    touched.add(incidentId);
    return outcome.created() ? 0 : 1;
  }

  /** The dataset name of the source of a shared incident that names no report. */
  static final String DATASET = "stix";

  /** One source of a shared incident: a report (or none), as the partner counted it. */
  private record PartnerSource(@Nullable Long reportId, boolean background, boolean counts,
      @Nullable String published) {}

  private List<PartnerSource> sources(StixObject incident, StixGraph graph, Provenance p, int tlp,
      @Nullable String producer, String at) {
    JsonNode x = StixGraph.vigil(incident);
    boolean background = x.path("background").asBoolean(false);
    List<PartnerSource> out = new ArrayList<>();
    List<StixObject> reports = graph.reportsOf(incident.id());
    JsonNode listed = x.path("sources");
    if (listed.isArray() && !listed.isEmpty()) {
      for (JsonNode s : listed) {
        Optional<StixObject> r = graph.get(s.path("report_ref").asText());
        if (r.isPresent() && r.get().type().equals("report")) {
          out.add(source(r.get(), s.path("background").asBoolean(background), s.path("counts").asBoolean(!background),
              p, tlp, producer, at));
        }
      }
    } else {
      reports.forEach(r -> out.add(source(r, background, !background, p, tlp, producer, at)));
    }
    if (out.isEmpty()) {
      out.add(new PartnerSource(null, background, !background, null));
    }
    return out;
  }

  private PartnerSource source(StixObject report, boolean background, boolean counts, Provenance p, int tlp,
      @Nullable String producer, String at) {
    int reportTlp = report.tlp().map(Tlp::ordinal).orElse(tlp);
    PartnerReports.Row row = PartnerReports.rowOf(store, report, Ownership.of(p.ownerOrg(), Tlp.values()[reportTlp]));
    if (row.created()) {
      store.sharedOrigins().add(new SharedOrigin(0, report.id(), report.version().orElse(""), null, row.id(),
          p.ownerOrg(), report.text("created_by_ref").orElse(producer), reportTlp, at));
    }
    return new PartnerSource(row.id(), background, counts,
        store.reports().byId(Viewer.OPERATOR, row.id()).map(r -> r.published()).orElse(null));
  }

  private void reviews(StixObject incident, long incidentId) {
    for (JsonNode r : StixGraph.vigil(incident).path("reviews")) {
      try {
        JsonNode value = r.get("value");
        store.reviews().put(new Review(incidentId, r.path("field").asText(), r.path("action").asText(),
            value == null || value.isNull() ? null : value.toString(), r.path("at").asText(clock.instant().toString())));
      } catch (IllegalArgumentException e) {
        // a review this Vigil cannot read is left out; the reviewed value is in the record anyway
      }
    }
  }

  private static boolean later(String version, String before) {
    Comparator<String> byInstant = Comparator.comparing(v -> StixTime.parse(v).orElse(Instant.EPOCH));
    return byInstant.compare(version, before) > 0;
  }
}
