package org.vigil.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vigil.store.SourceRow;

/**
 * Builds an incident's machine record from the values of its sources. The primary source is
 * the first one that counts (not a near-duplicate or background mention); its values stand
 * unless another source knows more: a finer date or place, a named group, a claim. Lists are
 * the union of the sources'. Casualty figures follow {@link CasualtyRule} over the sources
 * that count (all sources when none counts). Stateless.
 */
final class RecordMerger {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CASUALTIES =
      List.of("killed", "wounded", "perpetratorsKilled", "arrested", "kidnapped");
  private static final List<String> DATE_ORDER = List.of("year", "month", "range", "day");
  private static final List<String> PLACE_ORDER = List.of("country", "province", "district", "city", "site");

  private RecordMerger() {}

  static ObjectNode merge(List<SourceRow> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an incident needs at least one source to merge");
    }
    Map<SourceRow, ObjectNode> parsed = new IdentityHashMap<>();
    sources.forEach(s -> parsed.put(s, parse(s.valuesJson())));
    List<ObjectNode> values = new ArrayList<>();
    sources.stream().filter(SourceRow::counts).forEach(s -> values.add(parsed.get(s)));
    sources.stream().filter(s -> !s.counts()).forEach(s -> values.add(parsed.get(s)));
    ObjectNode out = values.get(0).deepCopy();
    boolean allBackground = sources.stream().allMatch(SourceRow::background);
    out.put("background", allBackground);
    for (ObjectNode v : values.subList(1, values.size())) {
      if (out.path("type").asText().equals("other_violence") && !v.path("type").asText().equals("other_violence")) {
        out.set("type", v.get("type"));
      }
      if (betterDate(v.get("date"), out.get("date"))) {
        out.set("date", v.get("date"));
      }
      if (finer(v.get("location"), out.get("location"), PLACE_ORDER, "precision")) {
        out.set("location", v.get("location"));
      }
      String claim = out.path("claim").asText("unknown");
      if ((claim.equals("unknown") || claim.equals("none")) && !v.path("claim").asText("unknown").equals("unknown")) {
        out.set("claim", v.get("claim"));
      }
      for (String list : List.of("perpetrators", "agencies", "targets", "victims", "weapons")) {
        union(out, v, list);
      }
      out.put("confidence", Math.max(out.path("confidence").asDouble(), v.path("confidence").asDouble()));
    }
    ObjectNode cas = out.putObject("casualties");
    for (String field : CASUALTIES) {
      CasualtyRule.Choice choice = CasualtyRule.choose(figures(sources, parsed::get, field).stream()
          .map(Sourced::figure).toList());
      cas.set(field, choice == null ? null : choice.count());
    }
    cas.putNull("killedAdded"); // folded into killed
    return out;
  }

  /** A source's figure for one casualty field. */
  record Sourced(SourceRow source, CasualtyRule.Figure figure) {}

  /**
   * The figures the sources give for a casualty field, from the sources that count (all of
   * them when none counts); for {@code killed}, with the increases over an earlier toll.
   */
  static List<Sourced> figures(List<SourceRow> sources, String field) {
    return figures(sources, s -> parse(s.valuesJson()), field);
  }

  /** As {@link #figures(List, String)} with each source's values already read by {@code values}. */
  private static List<Sourced> figures(List<SourceRow> sources, Function<SourceRow, ObjectNode> values, String field) {
    boolean anyCounts = sources.stream().anyMatch(SourceRow::counts);
    List<Sourced> out = new ArrayList<>();
    for (SourceRow s : sources) {
      if (s.counts() || !anyCounts) {
        JsonNode cas = values.apply(s).path("casualties");
        JsonNode c = cas.get(field);
        if (c != null && !c.isNull()) {
          out.add(new Sourced(s, new CasualtyRule.Figure(c, s.published())));
        }
        JsonNode added = cas.get("killedAdded");
        if (field.equals("killed") && added != null && !added.isNull()) {
          out.add(new Sourced(s, new CasualtyRule.Figure(added, s.published(), true)));
        }
      }
    }
    return out;
  }

  /** Whether date {@code a} is better than {@code b}: the event's own words over a report's date, then finer. */
  private static boolean betterDate(JsonNode a, JsonNode b) {
    if (a == null || a.isNull()) {
      return false;
    }
    if (b == null || b.isNull()) {
      return true;
    }
    boolean wordsA = a.hasNonNull("text");
    boolean wordsB = b.hasNonNull("text");
    return wordsA != wordsB ? wordsA : finer(a, b, DATE_ORDER, "precision");
  }

  /** Whether {@code a} is present and more precise than {@code b} (absent counts as least precise). */
  private static boolean finer(JsonNode a, JsonNode b, List<String> order, String key) {
    if (a == null || a.isNull()) {
      return false;
    }
    if (b == null || b.isNull()) {
      return true;
    }
    return order.indexOf(a.path(key).asText()) > order.indexOf(b.path(key).asText());
  }

  private static void union(ObjectNode out, ObjectNode v, String field) {
    JsonNode mine = out.get(field);
    ArrayNode list = mine != null && mine.isArray() ? (ArrayNode) mine : out.putArray(field);
    Set<String> keys = new HashSet<>();
    list.forEach(e -> keys.add(key(field, e)));
    JsonNode theirs = v.get(field);
    if (theirs != null && theirs.isArray()) {
      for (JsonNode e : theirs) {
        if (keys.add(key(field, e))) {
          list.add(e);
        }
      }
    }
  }

  private static String key(String field, JsonNode e) {
    return switch (field) {
      case "perpetrators" -> e.hasNonNull("group") ? "g:" + e.get("group").asText() : "m:" + e.path("mention").asText();
      case "agencies" -> e.path("name").asText(e.toString());
      case "targets", "weapons" -> e.path("type").asText() + "|" + e.path("text").asText().toLowerCase(java.util.Locale.ROOT);
      default -> e.toString();
    };
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
