package org.vigil.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vigil.store.IncidentRow;

/** What an alert version was raised on: the facts whose change is worth alerting again. */
record AlertState(String type, @Nullable Integer killed, @Nullable Integer wounded, TreeSet<String> groups) {

  static AlertState of(IncidentRow i) {
    TreeSet<String> groups = new TreeSet<>();
    try {
      for (JsonNode p : Alerter.JSON.readTree(i.recordJson()).path("perpetrators")) {
        JsonNode g = p.get("group");
        if (g != null && !g.isNull()) {
          groups.add(g.asText());
        }
      }
    } catch (IOException e) {
      // a record that does not parse attributes no group
    }
    if (i.groupId() != null && groups.isEmpty()) {
      groups.add(i.groupId());
    }
    return new AlertState(i.type(), i.killed(), i.wounded(), groups);
  }

  static AlertState parse(String json) {
    try {
      JsonNode n = Alerter.JSON.readTree(json);
      TreeSet<String> groups = new TreeSet<>();
      n.path("groups").forEach(g -> groups.add(g.asText()));
      return new AlertState(n.path("type").asText(), n.hasNonNull("killed") ? n.get("killed").asInt() : null,
          n.hasNonNull("wounded") ? n.get("wounded").asInt() : null, groups);
    } catch (IOException e) {
      return new AlertState("", null, null, new TreeSet<>());
    }
  }

  String json() {
    ObjectNode n = Alerter.JSON.createObjectNode();
    n.put("type", type);
    n.put("killed", killed);
    n.put("wounded", wounded);
    groups.forEach(n.putArray("groups")::add);
    return n.toString();
  }

  /** What changed from this state to {@code now} that is worth a new version, if anything. */
  Optional<String> changeTo(AlertState now) {
    List<String> changes = new ArrayList<>();
    if (higher(now.killed, killed)) {
      changes.add("killed " + (killed == null ? "?" : killed) + " -> " + now.killed);
    }
    if (higher(now.wounded, wounded)) {
      changes.add("wounded " + (wounded == null ? "?" : wounded) + " -> " + now.wounded);
    }
    TreeSet<String> added = new TreeSet<>(now.groups);
    added.removeAll(groups);
    if (!added.isEmpty()) {
      changes.add("now attributed to " + String.join(", ", added));
    }
    if (!now.type.equals(type)) {
      changes.add("type " + type + " -> " + now.type);
    }
    return changes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changes));
  }

  String summary(IncidentRow i) {
    StringBuilder b = new StringBuilder(type.replace('_', ' '));
    if (i.place() != null) {
      b.append(" in ").append(i.place());
    }
    if (i.countryCode() != null) {
      b.append(" (").append(i.countryCode()).append(')');
    }
    if (i.dateValue() != null) {
      b.append(", ").append(i.dateValue());
    }
    if (killed != null) {
      b.append(", ").append(killed).append(" killed");
    }
    if (!groups.isEmpty()) {
      b.append(", ").append(String.join(", ", groups));
    }
    return b.toString();
  }

  private static boolean higher(@Nullable Integer now, @Nullable Integer before) {
    return now != null && (before == null || now > before);
  }
}
