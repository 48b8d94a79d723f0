package org.vigil.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * A page of incidents written straight out reads exactly as the incidents' views do, one by
 * one: the same fields in the same order, the same numbers and characters, a merged group shown
 * as the group it was merged into, and the view's own fields where a record has them too.
 */
class IncidentListTextTest {

  @TempDir Path dir;

  @Test
  void a_written_page_is_the_text_of_the_views_of_its_incidents() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", KnowledgeBase.WIRE_1, KnowledgeBase.OTHER_4, KnowledgeBase.ISIS_7);
      store.groups().merge("al-shabaab", "islamic-state-somalia");
      insert(store, "{\"type\":\"bombing\",\"location\":{\"name\":\"Kānō \\\"old town\\\"\\u0007\",\"lat\":12.0000,"
          + "\"lon\":-8.5E1},\"confidence\":0.10,\"victims\":[{\"count\":123456789012345678901234567890}],"
          + "\"perpetrators\":null,\"casualties\":{\"killed\":{\"value\":3,\"qualifier\":\"exact\"}}}");
      insert(store, "{\"type\":\"arrest\",\"sources\":[\"kept by the record\"],\"marking\":\"its own\","
          + "\"perpetrators\":{\"first\":{\"group\":\"Islamic State Somalia Province\"}}}");
      insert(store, "{}");
      List<IncidentRow> rows = store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 50, 0);
      IncidentViews views = new IncidentViews(store, Viewer.OPERATOR);

      StringWriter written = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(written)) {
        g.writeStartArray();
        views.write(g, rows);
        g.writeEndArray();
      }

      assertThat(rows).hasSize(6);
      assertThat(written.toString()).isEqualTo(views.views(rows).stream().map(JsonNode::toString)
          .collect(Collectors.joining(",", "[", "]")));
      JsonNode page = new ObjectMapper().readTree(written.toString());
      assertThat(page.findValuesAsText("groupAsReported")).as("ISIS_7's group, twice: its report and one inserted")
          .containsExactly("Islamic State Somalia Province", "Islamic State Somalia Province");
      assertThat(page.findValues("marking")).extracting(JsonNode::asText).doesNotContain("its own");
    }
  }

  private static void insert(Store store, String record) {
    store.inTransaction(() -> store.incidents().insert(new IncidentRow(0, "bombing", "accomplished", false,
        "2024-01-02", "day", "2024-01-02", "2024-01-02", "NG", "Kano", null, null, null, null, null, null, null, null,
        record, record, Ownership.instance(Tlp.GREEN))));
  }
}
