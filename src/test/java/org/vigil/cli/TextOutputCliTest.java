package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the knowledge-base commands print for people by default (text, counts with their
 * qualifiers, unknown counts and background incidents said as such) and for machines with
 * {@code --format json}; and how text files given no publication date are dated.
 */
class TextOutputCliTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** An arrest in Qom (nobody killed or wounded given) recalling a bombing in Kerman in January: more than 90 killed. */
  private static final String QOM = "{\"id\":\"qom-1\",\"published\":\"2024-04-20\",\"source\":\"Example Wire\",\"text\":"
      + "\"QOM, Iran (Example Wire) - Iranian intelligence forces on Friday arrested two members of Islamic State "
      + "Khorasan Province near a shrine in Qom, the ministry said. The group claimed the twin suicide bombings in "
      + "the city of Kerman in January that killed more than 90 people.\"}";

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private void ingestQom() throws IOException {
    Path f = Files.writeString(dir.resolve("qom.jsonl"), QOM + "\n");
    assertThat(run("ingest", f.toString(), "--data", data())).as(err.toString()).isZero();
  }

  @Test
  void the_incident_table_keeps_qualifiers_says_unknown_and_marks_background_incidents() throws IOException {
    ingestQom();
    assertThat(run("incidents", "--data", data())).isZero();
    String kerman = out.toString().lines().filter(l -> l.contains("Kerman")).findFirst().orElseThrow();
    String qom = out.toString().lines().filter(l -> l.contains("Qom")).findFirst().orElseThrow();
    assertThat(kerman).matches("\\d+\\* +2024-01 +bombing .*>90 +unknown +1");
    assertThat(qom).matches("\\d+ +2024-04-19 +arrest .* unknown +unknown +1");
    assertThat(out.toString()).endsWith("* background: 1 incident(s) known only from reports recalling them, "
        + "not news of their own\n");

    assertThat(run("incidents", "--data", data(), "--format", "csv")).isZero();
    assertThat(out.toString()).contains(",killed_qualifier,wounded_qualifier,background\r\n")
        .contains(",90,,1,,more_than,,true\r\n");
  }

  @Test
  void stats_are_text_by_default_with_background_incidents_counted_apart_and_json_on_request() throws IOException {
    ingestQom();
    assertThat(run("stats", "--data", data())).isZero();
    assertThat(out.toString()).startsWith("reports     1\nincidents   2 (1 of them background only: recalled by a "
        + "report, not news of their own)\n");
    assertThat(run("stats", "--data", data(), "--format", "json")).isZero();
    JsonNode s = JSON.readTree(out.toString());
    assertThat(s.get("incidents").asLong()).isEqualTo(2);
    assertThat(s.get("background").asLong()).isEqualTo(1);
  }

  @Test
  void a_group_profile_keeps_qualifiers_and_marks_background_incidents() throws IOException {
    ingestQom();
    assertThat(run("group", "ISKP", "--data", data())).isZero();
    assertThat(out.toString()).contains("  killed: at least 90, wounded: at least 0 (sums of the figures reported, "
        + "background incidents included; unknown counts add nothing)")
        .containsPattern("#\\d+ 2024-01 bombing Kerman IR, killed more than 90 \\(background\\)")
        .containsPattern("#\\d+ 2024-04-19 arrest Qom IR, killed unknown\n");
  }

  @Test
  void incident_show_and_review_speak_in_words_by_default_and_json_on_request() throws IOException {
    ingestQom();
    assertThat(run("incidents", "--data", data(), "--format", "json")).isZero();
    JsonNode kerman = null;
    for (JsonNode i : JSON.readTree(out.toString())) {
      kerman = i.path("background").asBoolean() ? i : kerman;
    }
    String id = kerman.get("id").asText();
    assertThat(run("incident", "show", id, "--data", data())).isZero();
    assertThat(out.toString()).startsWith("incident " + id + ": bombing, 2024-01")
        .contains("background: known only from reports recalling it").contains("killed: more than 90");

    assertThat(out.toString()).contains("wounded: unknown (no report gives a figure)");

    assertThat(run("review", id, "killed", "set", "at_least:95", "--data", data())).isZero();
    assertThat(out.toString().strip()).isEqualTo("incident " + id + " killed set: now at least 95");
    assertThat(run("review", id, "killed", "confirm", "--data", data(), "--format", "json")).isZero();
    JsonNode r = JSON.readTree(out.toString());
    assertThat(r.at("/value/value").asInt()).isEqualTo(95);
    assertThat(r.at("/value/qualifier").asText()).isEqualTo("at_least");
    assertThat(r.get("action").asText()).isEqualTo("confirm");
  }

  @Test
  void a_text_file_without_published_is_dated_from_its_name_or_dateline_with_a_warning() throws IOException {
    Path named = Files.writeString(dir.resolve("2024-03-22-kabul.txt"), "Gunmen attacked a police checkpoint in "
        + "Kabul on Monday, killing three officers, the interior ministry said.");
    Path dateline = Files.writeString(dir.resolve("wire.txt"), "KABUL, Afghanistan, March 8, 2024 (Example Wire) - "
        + "Gunmen attacked a police checkpoint in Kabul on Wednesday, killing three officers.");
    Path undated = Files.writeString(dir.resolve("note.txt"), "Gunmen attacked a police checkpoint in Kandahar on "
        + "Monday, killing four officers.");
    assertThat(run("ingest", named.toString(), dateline.toString(), undated.toString(), "--data", data())).isZero();
    assertThat(err.toString())
        .contains("vigil: warning: " + named + ": no publication date given; dated 2024-03-22 from its file name "
            + "(--published DATE sets it)")
        .contains("vigil: warning: " + dateline + ": no publication date given; dated 2024-03-08 from its dateline")
        .contains("vigil: warning: " + undated + ": no publication date given or found in its dateline or file name: "
            + "relative dates such as 'on Monday' stay unresolved");
    assertThat(run("incidents", "--data", data(), "--format", "csv")).isZero();
    assertThat(out.toString()).contains(",2024-03-18,day,armed_assault,").contains(",2024-03-06,day,armed_assault,");

    assertThat(run("ingest", undated.toString(), "--published", "2024-05-02", "--data", dir.resolve("other").toString()))
        .isZero();
    assertThat(err.toString()).doesNotContain("warning");
  }
}
