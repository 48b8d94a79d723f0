package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;

/**
 * Issue 19, "Partners' intelligence in the workspace": a bundle exported by one Vigil and
 * imported into another brings every incident with its fields, sources, reviews and marking;
 * imported incidents merge with the analyst's own under the merge rules; what a partner marked
 * AMBER is never passed on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerWorkspaceTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  Path bundle;

  String data(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeAll
  void exportAnalysedKnowledgeBase() throws IOException {
    Path f = dir.resolve("reports.jsonl");
    Files.writeString(f, String.join("\n", KnowledgeBase.WIRE_1, KnowledgeBase.LOCAL_2, KnowledgeBase.OTHER_4,
        KnowledgeBase.ISIS_7, KnowledgeBase.RECALL_5) + "\n");
    assertThat(run("ingest", f.toString(), "--data", data("a"))).isZero();
    long kabul = incidents("a").stream().filter(i -> i.path("location").path("countryCode").asText().equals("AF"))
        .findFirst().orElseThrow().get("id").asLong();
    assertThat(run("review", Long.toString(kabul), "killed", "set", "at_least:4", "--data", data("a"))).isZero();
    assertThat(run("review", Long.toString(kabul), "type", "confirm", "--data", data("a"))).isZero();
    bundle = dir.resolve("a.json");
    assertThat(run("export", "--data", data("a"), "-o", bundle.toString())).as(err.toString()).isZero();
  }

  List<JsonNode> incidents(String store) throws IOException {
    assertThat(run("incidents", "--data", data(store), "--format", "json", "--limit", "1000")).isZero();
    List<JsonNode> list = new ArrayList<>();
    JSON.readTree(out.toString()).forEach(list::add);
    return list;
  }

  /** An incident as it can be compared between two stores: no row ids, no owner, no partner marks, no store's own merges. */
  static String comparable(JsonNode incident) {
    ObjectNode i = incident.deepCopy();
    i.remove(List.of("id", "owner"));
    for (JsonNode s : i.get("sources")) {
      ((ObjectNode) s).remove(List.of("source", "sharedBy", "tlp", "nearDuplicateOf", "merge"));
    }
    return i.toString();
  }

  Map<String, String> byPlace(List<JsonNode> incidents) {
    Map<String, String> out = new TreeMap<>();
    incidents.forEach(i -> out.put(i.path("type").asText() + "@" + i.path("location").path("name").asText()
        + "@" + i.path("perpetrators").toString(), comparable(i)));
    return out;
  }

  void newOrg(String store, String org) {
    assertThat(run("admin", "add-org", org, "--data", data(store))).isZero();
  }

  @Test
  void a_fresh_vigil_importing_an_export_keeps_every_incident_with_fields_sources_reviews_and_marking()
      throws IOException {
    newOrg("b", "Alpha");
    assertThat(run("import", bundle.toString(), "--data", data("b"), "--org", "Alpha")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("4 incidents created");
    List<JsonNode> a = incidents("a");
    List<JsonNode> b = incidents("b");
    assertThat(b).hasSameSizeAs(a);
    assertThat(byPlace(b)).isEqualTo(byPlace(a));
    assertThat(b).allSatisfy(i -> assertThat(i.get("sources")).allSatisfy(s -> {
      assertThat(s.get("sharedBy").asText()).isEqualTo("Alpha");
      assertThat(s.get("tlp").asText()).isEqualTo("green");
    }));
    JsonNode kabul = b.stream().filter(i -> i.path("location").path("countryCode").asText().equals("AF"))
        .findFirst().orElseThrow();
    assertThat(kabul.get("reviewed").toString()).isEqualTo("{\"killed\":\"set\",\"type\":\"confirm\"}");
    assertThat(run("import", bundle.toString(), "--data", data("b"), "--org", "Alpha")).isZero();
    assertThat(out.toString()).contains("0 incidents created").contains("4 unchanged");
    assertThat(incidents("b")).hasSize(a.size());
  }

  @Test
  void a_partners_incident_merges_with_the_analysts_own_of_the_same_event_and_the_merge_is_explained()
      throws IOException {
    Path own = dir.resolve("own.jsonl");
    Files.writeString(own, KnowledgeBase.WIRE_1 + "\n");
    assertThat(run("ingest", own.toString(), "--data", data("c"))).isZero();
    newOrg("c", "Alpha");
    assertThat(run("import", bundle.toString(), "--data", data("c"), "--org", "Alpha")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 merged into existing ones");
    List<JsonNode> mogadishu = incidents("c").stream()
        .filter(i -> i.path("location").path("city").asText().equals("Mogadishu")
            && i.path("perpetrators").toString().contains("Al-Shabaab")).toList();
    assertThat(mogadishu).hasSize(1);
    assertThat(run("incident", "show", mogadishu.get(0).get("id").asText(), "--data", data("c"))).isZero();
    assertThat(out.toString()).contains("score");
    assertThat(mogadishu.get(0).get("sources")).anySatisfy(s -> assertThat(s.has("sharedBy")).isFalse())
        .anySatisfy(s -> assertThat(s.path("sharedBy").asText()).isEqualTo("Alpha"));
  }

  @Test
  void what_a_partner_marked_amber_reaches_the_workspace_but_is_never_passed_on() throws IOException {
    Path amber = dir.resolve("amber.json");
    assertThat(run("export", "--data", data("a"), "--marking", "amber", "-o", amber.toString())).isZero();
    newOrg("d", "Alpha");
    assertThat(run("import", amber.toString(), "--data", data("d"), "--org", "Alpha")).as(err.toString()).isZero();
    assertThat(incidents("d")).hasSize(4).allSatisfy(i -> assertThat(i.get("sources").get(0).get("tlp").asText())
        .isEqualTo("amber"));
    Path again = dir.resolve("again.json");
    assertThat(run("export", "--data", data("d"), "-o", again.toString())).isZero();
    assertThat(err.toString()).contains("left out 4 incident(s)");
    assertThat(JSON.readTree(again.toFile()).get("objects").findValuesAsText("type")).doesNotContain("incident");
  }

  @Test
  void what_a_partner_marked_green_is_passed_on_at_least_green() throws IOException {
    newOrg("e", "Alpha");
    assertThat(run("import", bundle.toString(), "--data", data("e"), "--org", "Alpha")).isZero();
    Path clear = dir.resolve("clear.json");
    assertThat(run("export", "--data", data("e"), "--marking", "clear", "-o", clear.toString())).isZero();
    for (JsonNode o : JSON.readTree(clear.toFile()).get("objects")) {
      if (o.get("type").asText().equals("incident")) {
        assertThat(o.get("object_marking_refs").toString()).as(o.get("id").asText())
            .contains("bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
      }
    }
  }
}
