package org.vigil.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.merge.MergeWords;
import org.vigil.merge.TollHistory;
import org.vigil.stix.Tlp;
import org.vigil.store.GroupRow;
import org.vigil.store.IncidentLink;
import org.vigil.store.IncidentRow;
import org.vigil.store.LinkStore;
import org.vigil.store.Organisation;
import org.vigil.store.ReportLabel;
import org.vigil.store.Review;
import org.vigil.store.SharedOrigin;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;

/**
 * Incidents as a reader sees them: {@code id}, then the {@code vigil extract} fields of the
 * record (merged from the sources it reads, reviews applied where it reads them; a perpetrator
 * group an analyst merged into another shows as that one, with {@code groupAsReported}), its
 * {@code marking} and {@code owner} (organisation id, null for the instance's own), then
 * {@code sources} (each report or dataset record it reads, with its {@code marking}, whether it
 * counts for casualty figures and why it was merged, in words, and for what a partner shared,
 * {@code sharedBy} and its {@code tlp}) and {@code reviewed} (field to "confirm", "reject" or
 * "set"). {@link #detail} adds the history of the killed and wounded figures from the sources it
 * reads, the related incidents it reads and the incidents merged into this one.
 */
public final class IncidentViews {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The casualty fields whose history {@link #detail} shows. */
  static final List<String> HISTORY = List.of("killed", "wounded");

  private final Store store;
  private final Viewer viewer;

  /** @param viewer who reads: the row given to {@link #view} must be as it reads it */
  public IncidentViews(Store store, Viewer viewer) {
    this.store = store;
    this.viewer = viewer;
  }

  public ObjectNode view(IncidentRow row) {
    return views(List.of(row)).get(0);
  }

  /** The views of several incidents, in order. */
  public List<ObjectNode> views(List<IncidentRow> rows) {
    return parts(rows).stream().map(ViewParts::tree).toList();
  }

  /**
   * Writes the views of several incidents, in order, as the text {@link #views} would give them,
   * without reading each record into a tree and writing it out again.
   *
   * @throws IllegalStateException when a stored record is not a JSON object
   */
  public void write(JsonGenerator g, List<IncidentRow> rows) throws IOException {
    for (ViewParts p : parts(rows)) {
      p.write(g);
    }
  }

  /**
   * The parts of several incidents' views, in order: their sources, shared origins, the labels
   * of their reports and reviews are read in one query each, not once per incident or source.
   */
  private List<ViewParts> parts(List<IncidentRow> rows) {
    List<Long> ids = rows.stream().map(IncidentRow::id).toList();
    Map<Long, SharedOrigin> shared = new HashMap<>();
    store.sharedOrigins().ofIncidents(ids).forEach(o -> shared.putIfAbsent(o.sourceId(), o));
    Map<Long, List<SourceRow>> sources = new HashMap<>();
    store.sources().ofIncidents(viewer, ids).forEach(s -> sources.computeIfAbsent(s.incidentId(),
        k -> new ArrayList<>()).add(s));
    Map<Long, ReportLabel> reports = store.reports().labels(viewer, sources.values().stream().flatMap(List::stream)
        .map(SourceRow::reportId).filter(Objects::nonNull).toList());
    Map<Long, List<Review>> reviews = new HashMap<>();
    store.reviews().ofIncidents(ids).forEach(r -> reviews.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(r));
    Map<String, Optional<GroupRow>> merged = new HashMap<>(); // a group named by many incidents is looked up once
    Function<String, Optional<GroupRow>> mergedInto = group -> merged.computeIfAbsent(group, this::mergedGroup);
    return rows.stream().map(r -> new ViewParts(r.id(), r.recordJson(), r.ownership().tlp().label(),
        r.ownership().ownerOrg(), sources(shared, reports, sources.getOrDefault(r.id(), List.of())),
        reviewed(r, reviews.getOrDefault(r.id(), List.of())), mergedInto)).toList();
  }

  private ArrayNode sources(Map<Long, SharedOrigin> shared, Map<Long, ReportLabel> reports, List<SourceRow> sourceRows) {
    ArrayNode sources = JSON.createArrayNode();
    for (SourceRow s : sourceRows) {
      ObjectNode o = sources.addObject();
      o.put("source", s.id());
      o.put("marking", s.ownership().tlp().label());
      SharedOrigin origin = shared.get(s.id());
      if (origin != null) {
        o.put("sharedBy", store.access().findOrganisation(origin.ownerOrg()).map(Organisation::name).orElse(null));
        o.put("tlp", Tlp.values()[origin.tlp()].label());
      }
      if (s.reportId() != null) {
        ReportLabel r = reports.get(s.reportId());
        o.put("report", r == null ? null : r.extId());
        o.put("title", r == null ? null : r.title());
        o.put("published", s.published());
        o.put("outlet", r == null ? null : r.source());
        o.put("url", r == null ? null : r.url());
        o.put("nearDuplicateOf", r == null || r.nearDupOf() == null ? null : r.nearDupOf());
      } else {
        o.put("dataset", s.dataset());
        o.put("record", s.datasetRef());
      }
      o.put("background", s.background());
      o.put("countsForCasualties", s.counts());
      o.put("merge", MergeWords.of(parse(s.explanation())));
    }
    return sources;
  }

  private ObjectNode reviewed(IncidentRow row, List<Review> reviewRows) {
    ObjectNode reviewed = JSON.createObjectNode();
    if (!reviewRows.isEmpty() && store.incidents().readsReviews(viewer, row.id())) {
      for (Review r : reviewRows) {
        reviewed.put(r.field(), r.action());
      }
    }
    return reviewed;
  }

  /** The view with {@code tolls} (each figure's history and rule), {@code related} and {@code mergedFrom}. */
  public ObjectNode detail(IncidentRow row) {
    ObjectNode out = view(row);
    List<SourceRow> sources = store.sources().ofIncident(viewer, row.id());
    ObjectNode tolls = out.putObject("tolls");
    for (String field : HISTORY) {
      TollHistory h = TollHistory.of(sources, field);
      ObjectNode t = tolls.putObject(field);
      t.put("rule", h.rule());
      ArrayNode entries = t.putArray("history");
      for (TollHistory.Entry e : h.entries()) {
        ObjectNode o = entries.addObject();
        o.put("value", e.value());
        o.put("qualifier", e.qualifier());
        o.put("increase", e.increase());
        o.put("source", e.sourceId());
        if (e.reportId() != null) {
          Optional<StoredReport> r = store.reports().byId(viewer, e.reportId());
          o.put("report", r.map(StoredReport::extId).orElse(null));
          o.put("title", r.map(StoredReport::title).orElse(null));
        } else {
          o.put("dataset", e.dataset());
          o.put("record", e.datasetRef());
        }
        o.put("published", e.published());
        o.put("countsForCasualties", e.counts());
        o.put("chosen", e.chosen());
      }
    }
    ArrayNode related = out.putArray("related");
    for (IncidentLink l : store.links().of(viewer, row.id())) {
      boolean from = l.from() == row.id();
      long other = from ? l.to() : l.from();
      ObjectNode o = related.addObject();
      o.put("kind", l.kind());
      o.put("direction", from ? "to" : "from");
      o.put("incident", other);
      o.put("summary", store.incidents().byId(viewer, other).map(IncidentViews::summary).orElse("incident " + other));
      o.put("report", l.reportId() == null ? null : store.reports().byId(viewer, l.reportId()).map(StoredReport::extId).orElse(null));
      o.put("evidence", l.evidence());
    }
    ArrayNode merged = out.putArray("mergedFrom");
    for (LinkStore.Merged m : store.links().mergedFrom(viewer, row.id())) {
      merged.addObject().put("incident", m.incidentId()).put("reason", m.reason()).put("at", m.at());
    }
    return out;
  }

  /** One line for an incident: type, date and place ("bombing, 2024-03-09, Kano"). */
  public static String summary(IncidentRow r) {
    return r.type().replace('_', ' ') + ", " + (r.dateValue() == null ? "undated" : r.dateValue())
        + (r.place() == null ? "" : ", " + r.place());
  }

  /** The group an analyst merged the named group into, if any. */
  private Optional<GroupRow> mergedGroup(String name) {
    return store.groups().find(name).filter(g -> g.mergedInto() != null)
        .flatMap(g -> store.groups().byId(g.mergedInto()));
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
