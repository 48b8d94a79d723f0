package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil export --format stix} and {@code vigil import} as a user meets them. */
class StixCommandsTest extends CommandTest {

  private static final String KABUL = "KABUL, Afghanistan (Example Wire) - A suicide bomber killed at least 12 "
      + "people at a mosque in Kabul on Friday, police said. Islamic State Khorasan Province claimed the attack.";

  @TempDir Path dir;

  private Path report() throws IOException {
    Path f = dir.resolve("report.txt");
    Files.writeString(f, KABUL);
    return f;
  }

  @Test
  void export_writes_a_bundle_that_import_accepts_whole() throws IOException {
    Path bundle = dir.resolve("out.json");
    assertThat(run("export", "--format", "stix", "--published", "2024-04-20", "-o", bundle.toString(),
        report().toString())).isZero();
    JsonNode b = new ObjectMapper().readTree(bundle.toFile());
    assertThat(b.get("type").asText()).isEqualTo("bundle");
    Set<String> types = new HashSet<>();
    b.get("objects").forEach(o -> types.add(o.get("type").asText()));
    assertThat(types).contains("incident", "intrusion-set", "location", "report", "relationship", "identity",
        "marking-definition", "extension-definition");
    assertThat(run("import", bundle.toString())).isZero();
    assertThat(out.toString()).startsWith("imported " + b.get("objects").size() + " objects from ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void export_with_a_tlp_limit_below_the_marking_leaves_the_incidents_out() throws IOException {
    assertThat(run("export", "--tlp", "clear", "--marking", "amber", report().toString())).isZero();
    JsonNode b = new ObjectMapper().readTree(out.toString());
    b.get("objects").forEach(o -> assertThat(o.get("type").asText()).isNotEqualTo("incident"));
  }

  @Test
  void export_names_the_option_of_a_bad_tlp_level() throws IOException {
    assertThat(run("export", "--tlp", "white", report().toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--tlp: 'white' is not a TLP level");
  }

  @Test
  void export_refuses_a_since_that_is_not_a_date() throws IOException {
    assertThat(run("export", "--since", "last week", report().toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--since: 'last week'");
  }

  @Test
  void import_reports_an_invalid_object_with_its_index_and_id_and_imports_nothing() throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"type\":\"bundle\",\"id\":\"bundle--5b1c9f3e-6a43-4a43-9d5c-0a1d2b9c7e11\",\"objects\":["
        + "{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f\","
        + "\"created\":\"2016-08-08T15:50:10.983Z\",\"name\":\"Franistan Intelligence\"}]}");
    assertThat(run("import", f.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(f + ": object 0 (identity--8c6af861-7b20-41ef-9b59-6344fd872a8f): no \"modified\"")
        .contains("nothing imported");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void import_of_a_missing_file_says_so() {
    assertThat(run("import", dir.resolve("nope.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nope.json: no such file");
  }
}
