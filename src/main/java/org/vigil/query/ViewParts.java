package org.vigil.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigil.store.GroupRow;

/**
 * What one incident's view is made of: {@code id}, the fields of its stored record (a merged
 * perpetrator group renamed), then {@code marking}, {@code owner}, {@code sources} and
 * {@code reviewed}. It is built as a tree ({@link #tree}) or written straight to a generator
 * ({@link #write}), which gives the same text without reading the record into a tree.
 *
 * @param merged the group an analyst merged the named group into, if any
 */
record ViewParts(long id, String recordJson, String marking, @Nullable Long owner, ArrayNode sources,
    ObjectNode reviewed, Function<String, Optional<GroupRow>> merged) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The view's own fields: a record that has one of them (anywhere, as the text is not parsed
   * to tell) is built as a tree, where the view's value replaces the record's in its place.
   */
  private static final List<String> OWN = List.of("\"id\"", "\"marking\"", "\"owner\"", "\"sources\"",
      "\"reviewed\"");

  ObjectNode tree() {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    out.setAll(IncidentViews.parse(recordJson));
    out.put("marking", marking);
    out.put("owner", owner);
    renameMerged(out.path("perpetrators"));
    out.set("sources", sources);
    out.set("reviewed", reviewed);
    return out;
  }

  /**
   * Writes the text of {@link #tree}: the record's tokens are copied as they are read (numbers
   * and strings written as a tree would write them); only {@code perpetrators} is read into a
   * tree, to rename merged groups.
   *
   * @throws IllegalStateException when the stored record is not a JSON object
   */
  void write(JsonGenerator g) throws IOException {
    if (OWN.stream().anyMatch(recordJson::contains)) {
      JSON.writeTree(g, tree());
      return;
    }
    g.writeStartObject();
    g.writeNumberField("id", id);
    try (JsonParser p = JSON.createParser(recordJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("the stored record of incident " + id + " is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        g.writeFieldName(name);
        if (name.equals("perpetrators")) {
          JsonNode perpetrators = p.readValueAsTree();
          renameMerged(perpetrators);
          JSON.writeTree(g, perpetrators);
        } else {
          g.copyCurrentStructure(p);
        }
      }
    }
    g.writeStringField("marking", marking);
    if (owner == null) {
      g.writeNullField("owner");
    } else {
      g.writeNumberField("owner", owner);
    }
    g.writeFieldName("sources");
    JSON.writeTree(g, sources);
    g.writeFieldName("reviewed");
    JSON.writeTree(g, reviewed);
    g.writeEndObject();
  }

  /** A perpetrator whose group was merged into another shows that one, with {@code groupAsReported}. */
  private void renameMerged(JsonNode perpetrators) {
    for (JsonNode p : perpetrators) {
      if (p.hasNonNull("group")) {
        String group = p.get("group").asText();
        merged.apply(group).ifPresent(kept -> ((ObjectNode) p).put("groupAsReported", group)
            .put("group", kept.name()));
      }
    }
  }
}
