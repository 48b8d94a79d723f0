package org.vigil.eval.team;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.Count;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;

/** Compares a team report's expected incidents with the engine's, field by field. Immutable. */
final class IncidentScorer {

  private final Registries registries;

  IncidentScorer(Registries registries) {
    this.registries = registries;
  }

  void score(Scoreboard board, String id, String s, List<JsonNode> expected, List<Incident> found) {
    board.categorical(id, s, "relevance", expected.isEmpty() ? "no incident" : "incident",
        found.isEmpty() ? "no incident" : "incident");
    List<Incident> open = new ArrayList<>(found);
    for (JsonNode e : expected) {
      String type = e.path("type").asText();
      Incident i = open.stream().filter(x -> x.type().label().equals(type)).findFirst()
          .orElse(open.isEmpty() ? null : open.get(0));
      board.value(id, s, "incident", type, i == null ? null : i.type().label(), i != null);
      if (i != null) {
        open.remove(i);
      }
      board.categorical(id, s, "type", type, i == null ? null : i.type().label());
      if (e.has("status")) {
        board.categorical(id, s, "status", e.get("status").asText(), i == null ? null : i.status().label());
      }
      if (e.has("country")) {
        board.categorical(id, s, "country", e.get("country").asText(),
            i == null || i.location() == null ? null : i.location().countryCode());
      }
      if (e.has("city")) {
        String city = i == null || i.location() == null ? null
            : i.location().city() != null ? i.location().city() : i.location().name();
        board.categorical(id, s, "city", e.get("city").asText(null), city);
      }
      if (e.has("groups")) {
        List<GoldEntity> gold = new ArrayList<>();
        e.get("groups").forEach(g -> gold.add(entity(g.asText())));
        List<String> got = i == null ? List.of() : i.perpetrators().stream().map(Perpetrator::group)
            .filter(Objects::nonNull).map(g -> canonical(g)).toList();
        board.entities(id, s, "group", gold, got);
      }
      if (e.has("claim")) {
        board.categorical(id, s, "claim", e.get("claim").asText(), i == null ? null : i.claim().label());
      }
      count(board, id, s, e, "killed", i == null ? null : i.casualties().killed());
      count(board, id, s, e, "wounded", i == null ? null : i.casualties().wounded());
    }
    for (Incident extra : open) {
      board.value(id, s, "incident", null, extra.type().label(), false);
    }
  }

  private GoldEntity entity(String name) {
    return GoldEntity.of(canonical(name));
  }

  private String canonical(String name) {
    return registries.groups().byName(name).map(Group::name).orElse(name);
  }

  private static void count(Scoreboard board, String id, String s, JsonNode e, String field, @Nullable Count c) {
    if (!e.has(field)) {
      return;
    }
    JsonNode w = e.get(field);
    String want = w.isNull() ? null : String.valueOf(w.get("value").asInt());
    String got = c == null ? null : String.valueOf(c.value());
    board.value(id, s, field, want, got, want != null && want.equals(got));
  }
}
