package org.vigil.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Ownership;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Viewer;

/**
 * A page of incidents written in one pass from the stored records reads exactly as the views
 * built as trees print, for records with escapes, non-ASCII text, odd numbers, nested arrays,
 * nulls, merged perpetrator groups, reviews and an organisation's own view, and for records the
 * one pass cannot copy (a key the view adds, a key twice), which are built as trees.
 */
class StreamedViewTest {

  private static final List<String> RECORDS = List.of(
      "{\"type\":\"bombing\",\"summary\":\"quote \\\" backslash \\\\ tab \\t line \\n bell \\u0007 sep \\u2028 "
          + "caf\\u00e9 Kan\u00f6 \u5317\u4eac \ud83d\ude00 </script>\",\"killed\":3,\"ratio\":0.1,\"tiny\":1.5e-7,"
          + "\"exp\":1E3,\"negZero\":-0,\"negZeroF\":-0.0,\"long\":9000000000,\"big\":123456789012345678901234567890,"
          + "\"precise\":123456789.123456789,\"nested\":[[1,[2,null]],{\"a\":[]},{}],\"none\":null,\"flag\":false,"
          + "\"perpetrators\":[{\"group\":\"Old Front\",\"role\":\"attacker\"},{\"group\":null},{\"name\":\"x\"},7]}",
      "{\n  \"type\" : \"armed_assault\",\n  \"perpetrators\" : [ {\"groupAsReported\":\"z\",\"group\":\"Old Front\"} ],"
          + "\n  \"place\" : {\"name\":\"Maiduguri\",\"lat\":11.85,\"lon\":13.16}\n}",
      "{\"type\":\"kidnapping\",\"perpetrators\":{\"first\":{\"group\":\"Old Front\"}},\"victims\":[]}",
      "{\"type\":\"bombing\",\"perpetrators\":null,\"killed\":null}",
      "{\"id\":99,\"type\":\"bombing\",\"marking\":\"mine\",\"sources\":\"theirs\"}",
      "{\"type\":\"bombing\",\"killed\":1,\"killed\":2}",
      "{\"type\":\"bombing\",\"place\":{\"name\":\"a\",\"name\":\"b\"}}",
      "{}",
      "{\"type\":\"bombing\"} trailing");

  @TempDir Path dir;

  @Test
  void every_incident_of_a_page_reads_as_its_tree_prints_for_the_operator_and_an_organisation() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long org = store.inTransaction(() -> {
        store.groups().seed(List.of(new GroupRow("g1", "Old Front", null, null), new GroupRow("g2", "New Front", null, null)));
        store.groups().merge("g2", "g1");
        long o = store.access().createOrganisation("observatory").id();
        for (int i = 0; i < RECORDS.size(); i++) {
          Ownership owner = i % 2 == 0 ? Ownership.instance(Tlp.GREEN) : Ownership.of(o, Tlp.AMBER);
          IncidentRow row = store.incidents().insert(row(RECORDS.get(i), owner));
          store.sources().insert(new SourceRow(0, row.id(), null, "gtd", "ref-" + i, 0, false, true, "2024-01-0" + (1 + i % 9),
              "{\"killed\":3}", "{\"words\":\"same day, same place \\u00e9\"}", owner));
          store.reviews().put(new Review(row.id(), "killed", "set", "3", "2024-02-01T00:00:00Z"));
          store.reviews().put(new Review(row.id(), "type", "confirm", null, "2024-02-02T00:00:00Z"));
          if (i == 1) {
            store.incidents().update(row, true);
            store.incidents().putView(o, row(RECORDS.get(0), Ownership.of(o, Tlp.AMBER)).withId(row.id()), true);
          }
        }
        return o;
      });

      for (Viewer viewer : List.of(Viewer.OPERATOR, Viewer.of(org))) {
        String streamed = store.inTransaction(() -> {
          List<IncidentRow> rows = store.incidents().query(viewer, IncidentFilter.all(), 100, 0);
          assertThat(rows).as("the incidents " + viewer + " reads").hasSize(RECORDS.size());
          ArrayNode trees = new ObjectMapper().createArrayNode().addAll(new IncidentViews(store, viewer).views(rows));
          String text = new IncidentViews(store, viewer).viewsJson(rows);
          assertThat(text).as("as " + viewer).isEqualTo(trees.toString());
          return text;
        });
        assertThat(streamed).contains("\"groupAsReported\":\"Old Front\"")
            .contains("\"group\":\"New Front\"").contains("\u5317\u4eac \ud83d\ude00").contains("\"reviewed\":{");
      }
    }
  }

  @Test
  void a_record_the_one_pass_cannot_copy_exactly_is_left_to_the_tree() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode added = json.createObjectNode().put("marking", "GREEN");
    StreamedView page = new StreamedView(json);

    page.add(1, RECORDS.get(0), added, p -> {}, () -> "{\"tree\":1}");
    page.add(2, "{\"marking\":\"x\"}", added, p -> {}, () -> "{\"tree\":2}");
    page.add(3, "{\"id\":3}", added, p -> {}, () -> "{\"tree\":3}");
    page.add(4, RECORDS.get(6), added, p -> {}, () -> "{\"tree\":4}");
    page.add(5, "[5]", added, p -> {}, () -> "{\"tree\":5}");
    page.add(6, "{\"a\":[{\"b\":1},{\"b\":2}],\"c\":{\"b\":3}}", added, p -> {}, () -> "{\"tree\":6}");

    assertThat(page.text()).as("an ordinary record, a key the view adds, the key id, a nested key twice, not an object,"
        + " the same key in sibling objects").startsWith("[{\"id\":1,\"type\":\"bombing\"")
        .contains("},{\"tree\":2},{\"tree\":3},{\"tree\":4},{\"tree\":5},{\"id\":6,\"a\":[{\"b\":1},{\"b\":2}],"
            + "\"c\":{\"b\":3},\"marking\":\"GREEN\"}]");
  }

  private static IncidentRow row(String record, Ownership owner) {
    return new IncidentRow(0, "bombing", "accomplished", false, "2024-01-01", "day", "2024-01-01", "2024-01-01",
        "NG", "Maiduguri", null, 11.85, 13.16, "city", IncidentRow.cellOf(11.85, 13.16), null, 3, null, record,
        record, owner);
  }
}
