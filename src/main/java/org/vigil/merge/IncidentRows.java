package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.IncidentRow;
import org.vigil.store.Ownership;

/** The stored row of an incident record: the indexed columns read from its JSON. Immutable. */
final class IncidentRows {

  private final Registry<Group> registry;

  IncidentRows(Registry<Group> registry) {
    this.registry = registry;
  }

  /** The stored row of a record: indexed columns read from {@code record}. */
  IncidentRow row(long id, ObjectNode machine, ObjectNode record, Ownership ownership) {
    String json = machine.toString();
    JsonNode date = record.get("date");
    LocalDate[] range = Facts.range(date);
    JsonNode loc = record.get("location");
    boolean hasLoc = loc != null && loc.isObject();
    Double lat = hasLoc && loc.hasNonNull("lat") && loc.hasNonNull("lon") ? loc.get("lat").asDouble() : null;
    Double lon = lat == null ? null : loc.get("lon").asDouble();
    return new IncidentRow(id, record.path("type").asText("other_violence"),
        record.path("status").asText("accomplished"), record.path("background").asBoolean(false),
        range == null ? null : date.get("value").asText(),
        range == null ? null : date.path("precision").asText("day"),
        range == null ? null : range[0].toString(), range == null ? null : range[1].toString(),
        hasLoc ? text(loc, "countryCode") : null,
        hasLoc ? (text(loc, "city") != null ? text(loc, "city") : text(loc, "name")) : null,
        hasLoc ? text(loc, "site") : null, lat, lon, hasLoc ? text(loc, "precision") : null,
        lat == null ? null : IncidentRow.cellOf(lat, lon), groupId(record), count(record, "killed"),
        count(record, "wounded"), json, machine == record ? json : record.toString(), ownership);
  }

  /** The registry id of the first named perpetrator group. */
  @Nullable String groupId(JsonNode record) {
    for (JsonNode p : record.path("perpetrators")) {
      String name = text(p, "group");
      if (name != null) {
        return registry.byName(name).map(Group::id).orElse(null);
      }
    }
    return null;
  }

  /** The registry ids of every named perpetrator group that the registry knows. */
  Set<String> groupIds(JsonNode record) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode p : record.path("perpetrators")) {
      String name = text(p, "group");
      if (name != null) {
        registry.byName(name).map(Group::id).ifPresent(out::add);
      }
    }
    return out;
  }

  private static @Nullable Integer count(JsonNode record, String field) {
    JsonNode c = record.path("casualties").get(field);
    return c == null || c.isNull() || !c.has("value") ? null : c.get("value").asInt();
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
