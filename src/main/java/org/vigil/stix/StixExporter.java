package org.vigil.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the bundle to export: the source's objects that pass the query, without references to
 * objects left out for their marking (a relationship to one is left out too, and a report,
 * note or opinion left with no references), preceded by what they need: the TLP marking
 * definitions they use, the producer, and the Vigil extension-definition with the project
 * identity that defines it. Thread-safe.
 */
public final class StixExporter {

  private final IncidentSource source;

  public StixExporter(IncidentSource source) {
    this.source = source;
  }

  /**
   * The objects to export, each id and version once.
   *
   * @param producer the identity of this Vigil instance (see {@link StixMapper#producer})
   */
  public List<StixObject> export(ExportQuery query, StixObject producer) {
    Map<String, StixObject> kept = new LinkedHashMap<>();
    Set<String> hidden = new HashSet<>();
    for (StixObject o : source.objects(query)) {
      if (o.tlp().orElse(Tlp.RED).above(query.maxTlp())) {
        hidden.add(o.id());
      } else if (query.accepts(o)) {
        kept.putIfAbsent(o.id() + "|" + o.version().orElse(""), o);
      }
    }
    List<StixObject> body = new ArrayList<>();
    for (StixObject o : kept.values()) {
      withoutHidden(o, hidden).ifPresent(body::add);
    }
    List<StixObject> out = new ArrayList<>();
    Set<Tlp> used = EnumSet.of(Tlp.CLEAR);
    body.forEach(o -> o.tlp().ifPresent(used::add));
    producer = markedForItsReaders(producer, body);
    producer.tlp().ifPresent(used::add);
    used.forEach(t -> out.add(t.markingDefinition()));
    out.add(VigilExtension.project());
    out.add(VigilExtension.definition());
    out.add(producer);
    out.addAll(body);
    return out;
  }

  /**
   * The producer marked as the least restricted object it made: whoever may read one of them may
   * read who made it, and nobody else (a bundle marked RED does not name its producer as CLEAR).
   */
  private static StixObject markedForItsReaders(StixObject producer, List<StixObject> body) {
    Tlp lowest = body.stream().filter(o -> producer.id().equals(o.text("created_by_ref").orElse("")))
        .map(o -> o.tlp().orElse(Tlp.RED)).min(Tlp::compareTo).orElse(producer.tlp().orElse(Tlp.RED));
    ObjectNode j = producer.json();
    j.putArray("object_marking_refs").add(lowest.markingId());
    return StixObject.ofOwned(j);
  }

  /** A bundle holding the objects, with a new random id. */
  public static ObjectNode bundle(List<StixObject> objects) {
    ObjectNode b = JsonNodeFactory.instance.objectNode();
    b.put("type", "bundle");
    b.put("id", "bundle--" + UUID.randomUUID());
    ArrayNode a = b.putArray("objects");
    objects.forEach(o -> a.add(o.json()));
    return b;
  }

  private static Optional<StixObject> withoutHidden(StixObject o, Set<String> hidden) {
    if (hidden.isEmpty()) {
      return Optional.of(o);
    }
    ObjectNode j = o.json();
    for (String p : List.of("source_ref", "target_ref", "sighting_of_ref", "created_by_ref")) {
      if (j.has(p) && hidden.contains(j.get(p).asText())) {
        return Optional.empty();
      }
    }
    JsonNode refs = j.get("object_refs");
    if (refs != null && refs.isArray()) {
      ArrayNode left = JsonNodeFactory.instance.arrayNode();
      refs.forEach(r -> {
        if (!hidden.contains(r.asText())) {
          left.add(r);
        }
      });
      if (left.isEmpty()) {
        return Optional.empty();
      }
      j.set("object_refs", left);
    }
    return Optional.of(StixObject.ofOwned(j));
  }
}
