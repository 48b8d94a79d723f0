package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.ISIS_7;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base commands as a user meets them, on a data directory in a temporary folder. */
class KnowledgeBaseCliTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @BeforeEach
  void ingestTheTestReports() throws IOException {
    Path f = dir.resolve("reports.jsonl");
    Files.writeString(f, String.join("\n", WIRE_1, LOCAL_2, OTHER_4, ISIS_7) + "\n");
    assertThat(run("ingest", f.toString(), "--data", data())).isZero();
    assertThat(out.toString()).contains("read:             4").contains("incidents created: 3")
        .contains("incidents updated: 1");
    assertThat(err.toString()).contains("vigil: ingest: 4 reports read, 4 stored");
  }

  @Test
  void stats_prints_the_counts_as_json_with_the_documented_keys() throws IOException {
    assertThat(run("stats", "--data", data(), "--format", "json")).isZero();
    JsonNode s = JSON.readTree(out.toString());
    assertThat(s.get("reports").asLong()).isEqualTo(4);
    assertThat(s.get("incidents").asLong()).isEqualTo(3);
    assertThat(s.get("groups").asLong()).isEqualTo(2);
    assertThat(s.get("sources").asLong()).isEqualTo(4);
    assertThat(s.get("duplicates").asLong()).isZero();
  }

  @Test
  void incidents_as_json_use_the_extract_field_names_plus_id_sources_and_reviewed() throws IOException {
    assertThat(run("incidents", "--data", data(), "--group", "Shabaab", "--format", "json")).isZero();
    JsonNode list = JSON.readTree(out.toString());
    assertThat(list).hasSize(1);
    JsonNode i = list.get(0);
    assertThat(i.fieldNames()).toIterable().contains("id", "type", "status", "background", "date", "location",
        "perpetrators", "claim", "agencies", "targets", "victims", "weapons", "casualties", "confidence",
        "evidence", "sources", "reviewed");
    assertThat(i.at("/casualties/killed/value").asInt()).isEqualTo(17);
    assertThat(i.get("sources")).extracting(s -> s.get("report").asText()).containsExactly("wire-1", "local-2");
  }

  @Test
  void incidents_filter_by_country_type_dates_and_distance_and_print_csv_and_geojson() throws IOException {
    assertThat(run("incidents", "--data", data(), "--country", "af", "--format", "csv")).isZero();
    assertThat(out.toString().split("\r\n")).hasSize(2);
    assertThat(out.toString()).contains("armed_assault,accomplished,AF");
    assertThat(run("incidents", "--data", data(), "--type", "bombing", "--since", "2024-03-01",
        "--until", "2024-03-31", "--near", "2.04,45.34,30", "--format", "geojson")).isZero();
    JsonNode fc = JSON.readTree(out.toString());
    assertThat(fc.get("features")).hasSize(2);
    assertThat(run("incidents", "--data", data(), "--since", "2025-01-01")).isZero();
    assertThat(out.toString().strip().split("\n")).hasSize(1);
    assertThat(run("incidents", "--data", data(), "--type", "riot")).isEqualTo(1);
    assertThat(err.toString()).startsWith("vigil: --type 'riot' is not one of [assassination,");
  }

  @Test
  void a_review_is_applied_and_shown_and_a_bad_value_says_what_was_expected() throws IOException {
    long id = hotelOfAlShabaab();
    assertThat(run("review", String.valueOf(id), "killed", "set", "at_least:19", "--data", data())).isZero();
    assertThat(run("review", String.valueOf(id), "type", "confirm", "--data", data())).isZero();
    assertThat(run("incident", "show", String.valueOf(id), "--format", "json", "--data", data())).isZero();
    JsonNode i = JSON.readTree(out.toString());
    assertThat(i.at("/casualties/killed/value").asInt()).isEqualTo(19);
    assertThat(i.get("reviewed").toString()).isEqualTo("{\"killed\":\"set\",\"type\":\"confirm\"}");
    assertThat(i.get("sourceValues")).hasSize(2);

    assertThat(run("review", String.valueOf(id), "killed", "set", "many", "--data", data())).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: value 'many' for killed is not a count such as 12 or at_least:12");
    assertThat(run("review", "999", "killed", "confirm", "--data", data())).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: incident 999 does not exist");
  }

  @Test
  void corrections_survive_reextraction_and_split_makes_a_source_its_own_incident() throws IOException {
    long id = hotelOfAlShabaab();
    assertThat(run("review", String.valueOf(id), "killed", "set", "21", "--data", data())).isZero();
    assertThat(run("reextract", "--data", data())).isZero();
    assertThat(out.toString()).contains("reports re-extracted: 4").contains("conflicts with analysts' values: 0");
    assertThat(run("incident", "show", String.valueOf(id), "--format", "json", "--data", data())).isZero();
    JsonNode i = JSON.readTree(out.toString());
    assertThat(i.at("/casualties/killed/value").asInt()).isEqualTo(21);
    long second = i.at("/sources/1/source").asLong();

    assertThat(run("incident", "split", String.valueOf(id), "--source", String.valueOf(second), "--data", data())).isZero();
    assertThat(run("stats", "--data", data(), "--format", "json")).isZero();
    assertThat(JSON.readTree(out.toString()).get("incidents").asLong()).isEqualTo(4);
  }

  @Test
  void a_group_profile_lists_aliases_with_sources_incidents_by_year_and_totals() throws IOException {
    assertThat(run("group", "al-Shabab", "--data", data(), "--format", "json")).isZero();
    JsonNode p = JSON.readTree(out.toString());
    assertThat(p.get("name").asText()).isEqualTo("Al-Shabaab");
    assertThat(p.at("/aliasesInReports/0/alias").asText()).isEqualTo("Al-Shabaab");
    assertThat(p.at("/incidentsByYearAndType/0/year").asText()).isEqualTo("2024");
    assertThat(p.get("killed").asLong()).isEqualTo(17);
    assertThat(p.get("countries").toString()).isEqualTo("{\"SO\":1}");

    assertThat(run("group", "merge", "Al-Shabaab", "Islamic State Somalia Province", "--data", data())).isZero();
    assertThat(run("incidents", "--data", data(), "--group", "Al-Shabaab", "--format", "csv")).isZero();
    assertThat(out.toString().split("\r\n")).hasSize(3);
    assertThat(run("group", "split", "Islamic State Somalia Province", "--data", data())).isZero();
    assertThat(run("group", "Al-Shabaab", "--data", data())).isZero();
    assertThat(out.toString()).contains("history:").contains("merge al-shabaab <- islamic-state-somalia")
        .contains("split al-shabaab <- islamic-state-somalia");
  }

  @Test
  void search_finds_reports_by_their_words_with_their_incidents() throws IOException {
    assertThat(run("search", "checkpoint Kabul", "--data", data(), "--format", "json")).isZero();
    JsonNode r = JSON.readTree(out.toString());
    assertThat(r).hasSize(1);
    assertThat(r.at("/0/report").asText()).isEqualTo("other-4");
    assertThat(r.at("/0/incidents/0/type").asText()).isEqualTo("armed_assault");
  }

  @Test
  void compare_says_in_words_why_two_hotel_bombings_of_one_day_are_two_incidents() throws IOException {
    long shabaab = hotelOfAlShabaab();
    assertThat(run("incidents", "--data", data(), "--group", "Islamic State Somalia Province", "--format", "json"))
        .isZero();
    long isis = JSON.readTree(out.toString()).get(0).get("id").asLong();

    assertThat(run("incident", "compare", String.valueOf(isis), String.valueOf(shabaab), "--data", data())).isZero();
    assertThat(out.toString()).startsWith("incident " + isis + " with incident " + shabaab + ": ruled out: groups differ");
    assertThat(run("incident", "compare", String.valueOf(shabaab), "999", "--data", data())).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: incident 999 does not exist");
  }

  private long hotelOfAlShabaab() throws IOException {
    assertThat(run("incidents", "--data", data(), "--group", "al-shabaab", "--format", "json")).isZero();
    return JSON.readTree(out.toString()).get(0).get("id").asLong();
  }
}
