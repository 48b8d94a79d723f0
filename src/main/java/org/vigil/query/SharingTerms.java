package org.vigil.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.vigil.extract.ReportInfo;
import org.vigil.stix.StixMapper;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.SharedOrigin;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/**
 * How one knowledge-base incident may be shared, and what it carries for another Vigil. An
 * incident that holds a partner's TLP:AMBER, AMBER+STRICT or RED intelligence is withheld: those
 * levels do not allow passing it on. One that holds a partner's GREEN is marked at least GREEN.
 * The Vigil extension then carries the whole record, the analysts' reviews and each source
 * report with whether it is a background mention and counts for casualty figures, so that an
 * import elsewhere rebuilds the incident as it is here.
 *
 * @param marking the least restricted marking the incident may be shared under
 * @param withheld whether it may not be shared at all
 * @param extras what to add to the incident's Vigil extension
 */
record SharingTerms(Tlp marking, boolean withheld, ObjectNode extras) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param record the row's record, read (it becomes part of the extras)
   * @param sources the sources shared (those the reader reads, or the publisher owns): only their
   *     partners' markings count
   * @param withReviews whether the analysts' reviews go with it
   */
  static SharingTerms of(Store store, StixMapper mapper, IncidentRow row, JsonNode record, List<SourceRow> sources,
      Map<Long, ReportInfo> reports, boolean withReviews) {
    Tlp marking = Tlp.CLEAR;
    java.util.Set<Long> shared = new java.util.HashSet<>();
    sources.forEach(s -> shared.add(s.id()));
    for (SharedOrigin o : store.sharedOrigins().ofIncident(row.id())) {
      Tlp t = Tlp.values()[o.tlp()];
      marking = shared.contains(o.sourceId()) && t.above(marking) ? t : marking;
    }
    ObjectNode extras = JSON.createObjectNode();
    extras.set("record", record);
    List<Review> reviews = withReviews ? store.reviews().ofIncident(row.id()) : List.of();
    if (!reviews.isEmpty()) {
      ArrayNode a = extras.putArray("reviews");
      for (Review r : reviews) {
        ObjectNode n = a.addObject().put("field", r.field()).put("action", r.action()).put("at", r.at());
        if (r.value() != null) {
          n.set("value", parse(r.value()));
        }
      }
    }
    ArrayNode s = extras.putArray("sources");
    for (SourceRow src : sources) {
      ReportInfo r = src.reportId() == null ? null : reports.get(src.reportId());
      if (r != null) {
        s.addObject().put("report_ref", mapper.reportId(r)).put("background", src.background())
            .put("counts", src.counts());
      }
    }
    return new SharingTerms(marking, marking.above(Tlp.GREEN), extras);
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored JSON is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
