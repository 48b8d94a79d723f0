package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;

/**
 * {@code vigil admin}, and {@code vigil export} and {@code vigil import} on the store, as a user
 * meets them: organisations, a collection with its sharing policy, a key shown once, a bundle
 * that goes into a collection and comes out without loss, and exports under TLP clearance.
 */
class SharingCommandsTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KABUL = "KABUL, Afghanistan (Example Wire) - A suicide bomber killed at least 12 "
      + "people at a mosque in Kabul on Friday, police said. Islamic State Khorasan Province claimed the attack.";
  private static final String C = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @BeforeEach
  void organisationsAndACollection() {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-org", "beta", "--data", data())).isZero();
    assertThat(run("admin", "add-root", "shared", "--title", "Shared", "--data", data())).isZero();
    assertThat(run("admin", "add-collection", "--root", "shared", "--title", "Incidents", "--id", C,
        "--max-tlp", "red", "--data", data())).isZero();
    assertThat(out.toString().strip()).isEqualTo(C);
    assertThat(run("admin", "grant", C, "alpha", "--read", "--write", "--data", data())).isZero();
    assertThat(run("admin", "grant", C, "beta", "--read", "--data", data())).isZero();
  }

  @Test
  void add_key_shows_a_key_once_and_stores_only_its_hash() throws IOException {
    assertThat(run("admin", "add-user", "ann", "--org", "alpha", "--role", "analyst", "--data", data())).isZero();
    assertThat(run("admin", "add-key", "ann", "--data", data())).isZero();
    String key = out.toString().strip();
    assertThat(key).startsWith("vgl_");
    assertThat(err.toString()).contains("shown once");
    assertThat(Files.readAllBytes(dir.resolve("data").resolve("vigil.db"))).asString().doesNotContain(key);
    assertThat(run("admin", "add-user", "bob", "--org", "nowhere", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("no organisation 'nowhere'");
  }

  @Test
  void a_bundle_imported_into_a_collection_exports_again_without_loss() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, KABUL);
    Path bundle = dir.resolve("bundle.json");
    assertThat(run("export", "--format", "stix", "--published", "2024-04-20", "-o", bundle.toString(),
        report.toString())).isZero();
    assertThat(run("import", bundle.toString(), "--collection", C, "--org", "alpha", "--data", data())).isZero();
    Path again = dir.resolve("again.json");
    assertThat(run("export", "--collection", C, "--org", "alpha", "-o", again.toString(), "--data", data())).isZero();
    assertThat(objects(again)).isEqualTo(objects(bundle));
    assertThat(run("admin", "audit", "--data", data())).isZero();
    assertThat(out.toString()).contains("import.add").contains("admin.add-org").contains("admin.grant");
  }

  @Test
  void an_export_gives_an_organisation_only_what_its_clearance_allows() throws IOException {
    StringBuilder objects = new StringBuilder();
    for (Tlp t : Tlp.values()) {
      objects.append(objects.length() == 0 ? "" : ",").append("{\"type\":\"x-test\",\"spec_version\":\"2.1\",\"id\":\"x-test--")
          .append(UUID.randomUUID()).append("\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",")
          .append("\"name\":\"").append(t.label()).append("\",\"object_marking_refs\":[\"").append(t.markingId()).append("\"]}");
    }
    Path bundle = dir.resolve("levels.json");
    Files.writeString(bundle, "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + objects + "]}");
    assertThat(run("import", bundle.toString(), "--collection", C, "--org", "alpha", "--data", data())).isZero();
    Path alpha = dir.resolve("alpha.json");
    Path beta = dir.resolve("beta.json");
    assertThat(run("export", "--collection", C, "--org", "alpha", "-o", alpha.toString(), "--data", data())).isZero();
    assertThat(run("export", "--collection", C, "--org", "beta", "-o", beta.toString(), "--data", data())).isZero();
    assertThat(names(alpha)).containsExactlyInAnyOrder("clear", "green", "amber", "amber+strict", "red");
    assertThat(names(beta)).containsExactlyInAnyOrder("clear", "green");
    assertThat(run("admin", "add-partner", "alpha", "beta", "--data", data())).isZero();
    assertThat(run("export", "--collection", C, "--org", "beta", "-o", beta.toString(), "--data", data())).isZero();
    assertThat(names(beta)).containsExactlyInAnyOrder("clear", "green", "amber");
    assertThat(run("admin", "audit", "--data", data())).isZero();
    assertThat(out.toString()).contains("export.read");
  }

  @Test
  void exports_with_a_data_directory_keep_their_ids() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, KABUL);
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    assertThat(run("export", "--published", "2024-04-20", "-o", one.toString(), "--data", data(), report.toString())).isZero();
    assertThat(run("export", "--published", "2024-04-20", "-o", two.toString(), "--data", data(), report.toString())).isZero();
    assertThat(ids(one, "incident")).isNotEmpty().isEqualTo(ids(two, "incident"));
    assertThat(run("export", "--published", "2024-04-20", "-o", two.toString(), report.toString())).isZero();
    assertThat(ids(two, "incident")).doesNotContainAnyElementsOf(ids(one, "incident"));
  }

  @Test
  void an_object_above_the_collection_level_fails_the_whole_import() throws IOException {
    assertThat(run("admin", "add-collection", "--root", "shared", "--title", "Public", "--id",
        "11111111-2222-4333-8444-555555555555", "--max-tlp", "green", "--data", data())).isZero();
    assertThat(run("admin", "grant", "11111111-2222-4333-8444-555555555555", "alpha", "--read", "--write",
        "--data", data())).isZero();
    Path bundle = dir.resolve("red.json");
    Files.writeString(bundle, "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":["
        + "{\"type\":\"x-test\",\"spec_version\":\"2.1\",\"id\":\"x-test--" + UUID.randomUUID()
        + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"object_marking_refs\":[\""
        + Tlp.GREEN.markingId() + "\"]},{\"type\":\"x-test\",\"spec_version\":\"2.1\",\"id\":\"x-test--" + UUID.randomUUID()
        + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"object_marking_refs\":[\""
        + Tlp.RED.markingId() + "\"]}]}");
    assertThat(run("import", bundle.toString(), "--collection", "11111111-2222-4333-8444-555555555555", "--org", "alpha",
        "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("nothing imported").contains("red");
    Path export = dir.resolve("public.json");
    assertThat(run("export", "--collection", "11111111-2222-4333-8444-555555555555", "--org", "alpha", "-o",
        export.toString(), "--data", data())).isZero();
    assertThat(JSON.readTree(export.toFile()).get("objects")).isEmpty();
  }

  private static Set<JsonNode> objects(Path bundle) throws IOException {
    Set<JsonNode> s = new HashSet<>();
    JSON.readTree(bundle.toFile()).get("objects").forEach(s::add);
    return s;
  }

  private static Set<String> names(Path bundle) throws IOException {
    Set<String> s = new HashSet<>();
    JSON.readTree(bundle.toFile()).get("objects").forEach(o -> s.add(o.get("name").asText()));
    return s;
  }

  private static Set<String> ids(Path bundle, String type) throws IOException {
    Set<String> s = new HashSet<>();
    JSON.readTree(bundle.toFile()).get("objects").forEach(o -> {
      if (o.get("type").asText().equals(type)) {
        s.add(o.get("id").asText());
      }
    });
    return s;
  }
}
