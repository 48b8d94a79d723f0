package org.vigil.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Casualties;
import org.vigil.extract.Claim;
import org.vigil.extract.Count;
import org.vigil.extract.DatePrecision;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentDate;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Location;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Qualifier;
import org.vigil.extract.Status;
import org.vigil.stix.StixObject;

/**
 * The knowledge-base record (the fields of {@code vigil extract}) of a partner's STIX incident:
 * the whole record another Vigil put in its extension, when it reads as one; else what the
 * incident, its Vigil extension if any, the place it is {@code located-at} and the groups and
 * actors it is {@code attributed-to} tell. Stateless.
 */
final class PartnerRecords {

  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private PartnerRecords() {}

  static ObjectNode of(StixObject incident, StixGraph graph) {
    JsonNode x = StixGraph.vigil(incident);
    JsonNode record = x.get("record");
    if (record != null && record.isObject()) {
      try {
        JSON.treeToValue(record, Incident.class);
        return (ObjectNode) record.deepCopy();
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // not a record this Vigil can read: what the standard properties tell stands instead
      }
    }
    return JSON.valueToTree(built(incident, x, graph));
  }

  private static Incident built(StixObject incident, JsonNode x, StixGraph graph) {
    IncidentType type = IncidentType.fromLabel(x.path("incident_type").asText()).orElse(IncidentType.OTHER_VIOLENCE);
    Status status = Status.fromLabel(x.path("status").asText()).orElse(Status.ACCOMPLISHED);
    IncidentDate date = null;
    if (x.hasNonNull("date")) {
      date = new IncidentDate(x.get("date").asText(),
          DatePrecision.fromLabel(x.path("date_precision").asText()).orElse(DatePrecision.DAY), null);
    }
    Location place = graph.related(incident.id(), "located-at").stream().filter(o -> o.type().equals("location"))
        .findFirst().map(PartnerRecords::location).orElse(null);
    List<Perpetrator> perpetrators = new ArrayList<>();
    for (StixObject a : graph.related(incident.id(), "attributed-to")) {
      String name = a.text("name").orElse(null);
      if (name != null && a.type().equals("intrusion-set")) {
        perpetrators.add(new Perpetrator(name, name, null, null, null));
      } else if (name != null && a.type().equals("threat-actor")) {
        JsonNode count = StixGraph.vigil(a).get("count");
        perpetrators.add(new Perpetrator(null, name, name, count == null ? null : count.asInt(), null));
      }
    }
    Claim claim = Claim.fromLabel(x.path("claim").asText())
        .orElse(perpetrators.isEmpty() ? Claim.UNKNOWN : Claim.ATTRIBUTED);
    JsonNode c = x.path("casualties");
    Casualties casualties = new Casualties(count(c.get("killed")), count(c.get("wounded")),
        count(c.get("perpetrators_killed")), count(c.get("arrested")), count(c.get("kidnapped")));
    double confidence = incident.get("confidence").map(n -> n.asDouble() / 100).orElse(0.5);
    return new Incident(type, status, x.path("background").asBoolean(false), date, place, perpetrators, claim,
        List.of(), List.of(), List.of(), List.of(), casualties, confidence, List.of());
  }

  private static Location location(StixObject l) {
    JsonNode x = StixGraph.vigil(l);
    Double lat = l.get("latitude").map(JsonNode::asDouble).orElse(null);
    Double lon = lat == null ? null : l.get("longitude").map(JsonNode::asDouble).orElse(null);
    String cc = l.text("country").orElse(null);
    String city = l.text("city").orElse(null);
    String name = l.text("name").or(() -> l.text("city")).orElse(cc == null ? "unknown place" : cc);
    String precision = x.hasNonNull("precision") ? x.get("precision").asText()
        : city != null ? "city" : lat != null ? "site" : "country";
    return new Location(name, x.hasNonNull("site") ? x.get("site").asText() : null, city,
        l.text("administrative_area").orElse(null), null, cc, lat == null || lon == null ? null : lat,
        lat == null || lon == null ? null : lon, precision, "in", null, null);
  }

  private static @Nullable Count count(@Nullable JsonNode n) {
    if (n == null || !n.has("value")) {
      return null;
    }
    return new Count(n.get("value").asInt(), Qualifier.fromLabel(n.path("qualifier").asText()).orElse(Qualifier.EXACT));
  }
}
