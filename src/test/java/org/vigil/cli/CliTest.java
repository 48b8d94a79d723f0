package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, errors and exit codes. */
class CliTest extends CommandTest {

  @TempDir Path dir;

  @Test
  void extract_prints_incidents_as_json_with_the_contract_fields() throws IOException {
    Path f = dir.resolve("report.txt");
    Files.writeString(f, "KABUL, Afghanistan (Example Wire) - A suicide bomber killed at least 12 people at a "
        + "mosque in Kabul on Friday, police said. Islamic State Khorasan Province claimed the attack.");
    assertThat(run("extract", f.toString(), "--published", "2024-04-20", "--format", "json")).isZero();
    JsonNode x = new ObjectMapper().readTree(out.toString());
    assertThat(x.at("/report/id").asText()).isEqualTo("report.txt");
    JsonNode i = x.at("/incidents/0");
    assertThat(i.get("type").asText()).isEqualTo("bombing");
    assertThat(i.get("status").asText()).isEqualTo("accomplished");
    assertThat(i.at("/date/value").asText()).isEqualTo("2024-04-19");
    assertThat(i.at("/location/countryCode").asText()).isEqualTo("AF");
    assertThat(i.at("/casualties/killed/qualifier").asText()).isEqualTo("at_least");
    assertThat(i.at("/perpetrators/0/group").asText()).isEqualTo("Islamic State Khorasan Province");
    assertThat(i.get("evidence").size()).isPositive();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void text_output_names_unnamed_attackers_and_leaves_out_empty_lists() throws IOException {
    Path f = dir.resolve("plot.txt");
    Files.writeString(f, "Police in Bishkek, Kyrgyzstan, arrested three men on Tuesday suspected of planning attacks "
        + "on shopping centres. Gunmen killed 3 people in Osh last week; two attackers were killed by police.");
    assertThat(run("extract", f.toString(), "--published", "2024-05-07")).isZero();
    assertThat(out.toString()).doesNotContain(": ;").doesNotContain("; ;")
        .doesNotContainPattern("(?m)(targets|weapons): $");
  }

  @Test
  void text_output_names_a_state_force_by_its_registry_name() throws IOException {
    Path f = dir.resolve("strike.txt");
    Files.writeString(f, "Israeli airstrikes killed 12 people in Rafah on Saturday.");
    assertThat(run("extract", f.toString(), "--published", "2024-04-20")).isZero();
    assertThat(out.toString()).contains("perpetrators: Israel Defense Forces;");
  }

  @Test
  void text_output_places_a_site_without_a_town_in_its_province_once() throws IOException {
    Path f = dir.resolve("school.txt");
    Files.writeString(f, "Gunmen abducted 15 girls from a school in Borno state, Nigeria, on Wednesday night.");
    assertThat(run("extract", f.toString(), "--published", "2024-03-21")).isZero();
    assertThat(out.toString()).contains("school, Borno, Nigeria [site]").doesNotContain("school, school");
  }

  @Test
  void jsonl_gives_one_line_per_report_even_without_incidents() throws IOException {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, "{\"id\":\"r1\",\"text\":\"The weather was mild in Oslo.\"}\n"
        + "{\"id\":\"r2\",\"text\":\"Gunmen kidnapped five aid workers in Agadez on Monday.\",\"published\":\"2024-02-21\"}\n");
    assertThat(run("extract", "--format", "jsonl", f.toString())).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines[0]).get("incidents").size()).isZero();
    assertThat(new ObjectMapper().readTree(lines[1]).at("/incidents/0/type").asText()).isEqualTo("kidnapping");
  }

  @Test
  void a_missing_file_is_one_line_on_stderr_naming_it() {
    int code = run("extract", dir.resolve("nope.txt").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).contains("nope.txt").contains("no such file").doesNotContain("Exception");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void a_bad_option_is_a_usage_error() {
    assertThat(run("extract", "--format", "yaml", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--format").contains("yaml");
    assertThat(run("extract", "x.txt", "--published", "20/04/2024")).isEqualTo(1);
    assertThat(err.toString()).contains("--published").contains("YYYY-MM-DD");
  }

  @Test
  void help_goes_to_stdout() {
    assertThat(run("extract", "--help")).isZero();
    assertThat(out.toString()).contains("Usage:").contains("--format");
    assertThat(err.toString()).isEmpty();
  }
}
