package org.vigil.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentRow;
import org.vigil.store.Organisation;
import org.vigil.store.SharedOrigin;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;

/**
 * Incidents as their users see them: {@code id}, then the {@code vigil extract} fields of the
 * record (reviews applied), then {@code sources} (each report or dataset record with whether
 * it counts for casualty figures, and for what a partner shared, {@code sharedBy} and its
 * {@code tlp}) and {@code reviewed} (field to "confirm", "reject" or "set").
 */
public final class IncidentViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;

  public IncidentViews(Store store) {
    this.store = store;
  }

  public ObjectNode view(IncidentRow row) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", row.id());
    out.setAll(parse(row.recordJson()));
    ArrayNode sources = out.putArray("sources");
    Map<Long, SharedOrigin> shared = new HashMap<>();
    store.sharedOrigins().ofIncident(row.id()).forEach(o -> shared.putIfAbsent(o.sourceId(), o));
    for (SourceRow s : store.sources().ofIncident(row.id())) {
      ObjectNode o = sources.addObject();
      o.put("source", s.id());
      SharedOrigin origin = shared.get(s.id());
      if (origin != null) {
        o.put("sharedBy", store.access().findOrganisation(origin.ownerOrg()).map(Organisation::name).orElse(null));
        o.put("tlp", Tlp.values()[origin.tlp()].label());
      }
      if (s.reportId() != null) {
        StoredReport r = store.reports().byId(s.reportId()).orElse(null);
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
    }
    ObjectNode reviewed = out.putObject("reviewed");
    for (Review r : store.reviews().ofIncident(row.id())) {
      reviewed.put(r.field(), r.action());
    }
    return out;
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
