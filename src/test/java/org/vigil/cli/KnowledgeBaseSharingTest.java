package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;

/**
 * The knowledge base as STIX: {@code vigil export --data} maps the stored incidents (reviews
 * applied) with ids kept in the store, every object valid against the OASIS schemas, and
 * {@code vigil admin publish} puts them into a TAXII collection as new versions only when they
 * changed.
 */
class KnowledgeBaseSharingTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String C = "9b2f6c1e-3d4a-4b5c-8d6e-7f8091a2b3c4";

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @BeforeEach
  void ingestTheTestReports() throws IOException {
    Path f = dir.resolve("reports.jsonl");
    Files.writeString(f, String.join("\n", KnowledgeBase.WIRE_1, KnowledgeBase.LOCAL_2, KnowledgeBase.OTHER_4,
        KnowledgeBase.ISIS_7) + "\n");
    assertThat(run("ingest", f.toString(), "--data", data())).isZero();
  }

  private static Path schemas() {
    String env = System.getenv("VIGIL_SHARED");
    Path shared = env != null ? Path.of(env) : Path.of(System.getProperty("user.dir"), "..", "shared");
    Path p = shared.resolve("conformance").resolve("stix2.1-schemas").resolve("schemas");
    assumeTrue(Files.isDirectory(p), "the OASIS STIX 2.1 schemas are not at " + p + "; skipping");
    return p;
  }

  @Test
  void the_knowledge_base_exports_as_valid_stix_with_ids_that_are_kept() throws IOException {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    assertThat(run("export", "--format", "stix", "--data", data(), "--schemas", schemas().toString(), "-o",
        one.toString())).as(err.toString()).isZero();
    assertThat(run("export", "--data", data(), "-o", two.toString())).isZero();
    assertThat(ids(one, "incident")).hasSize(3).isEqualTo(ids(two, "incident"));
    assertThat(ids(one, "report")).hasSize(4);
  }

  @Test
  void created_is_fixed_at_the_first_export_and_modified_changes_only_with_the_incident() throws Exception {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    Path three = dir.resolve("three.json");
    assertThat(run("export", "--data", data(), "-o", one.toString())).isZero();
    Thread.sleep(5);
    assertThat(run("export", "--data", data(), "-o", two.toString())).isZero();
    assertThat(versions(two)).isEqualTo(versions(one));
    long incident = JSON.readTree(runJson("incidents", "--data", data(), "--format", "json")).get(0).get("id").asLong();
    assertThat(run("review", Long.toString(incident), "killed", "set", "40", "--data", data())).isZero();
    String between = java.time.Instant.now().toString();
    Thread.sleep(5);
    assertThat(run("export", "--data", data(), "-o", three.toString())).isZero();
    java.util.Map<String, String> before = versions(two);
    java.util.Map<String, String> after = versions(three);
    java.util.Set<String> changed = new java.util.HashSet<>();
    after.forEach((id, v) -> {
      assertThat(v.split("/")[0]).as(id).isEqualTo(before.get(id).split("/")[0]);
      if (!v.equals(before.get(id))) {
        changed.add(id);
      }
    });
    assertThat(changed).hasSize(1).allMatch(id -> id.startsWith("incident--"));
    Path since = dir.resolve("since.json");
    assertThat(run("export", "--data", data(), "--since", between, "-o", since.toString())).isZero();
    assertThat(ids(since, "incident")).isEqualTo(changed);
    assertThat(ids(since, "report")).isEmpty();
  }

  /** id to "created/modified" of every object of a bundle. */
  private static java.util.Map<String, String> versions(Path bundle) throws IOException {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (JsonNode o : JSON.readTree(bundle.toFile()).get("objects")) {
      out.put(o.get("id").asText(), o.path("created").asText() + "/" + o.path("modified").asText());
    }
    return out;
  }

  @Test
  void publish_adds_new_versions_only_for_what_changed() throws IOException {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "adopt", "alpha", "--data", data())).as(err.toString()).isZero();
    assertThat(run("admin", "add-root", "shared", "--title", "Shared", "--data", data())).isZero();
    assertThat(run("admin", "add-collection", "--root", "shared", "--title", "KB", "--id", C, "--data", data())).isZero();
    assertThat(run("admin", "grant", C, "alpha", "--read", "--write", "--data", data())).isZero();
    assertThat(run("admin", "publish", "--collection", C, "--org", "alpha", "--data", data())).as(err.toString()).isZero();
    assertThat(out.toString()).doesNotContain("published 0 new");
    assertThat(run("admin", "publish", "--collection", C, "--org", "alpha", "--data", data())).isZero();
    assertThat(out.toString()).contains("published 0 new object versions");
    Path before = dir.resolve("before.json");
    assertThat(run("export", "--collection", C, "--org", "alpha", "-o", before.toString(), "--data", data())).isZero();
    long incident = JSON.readTree(runJson("incidents", "--data", data(), "--format", "json")).get(0).get("id").asLong();
    assertThat(run("review", Long.toString(incident), "wounded", "set", "99", "--data", data())).isZero();
    assertThat(run("admin", "publish", "--collection", C, "--org", "alpha", "--data", data())).isZero();
    assertThat(out.toString()).doesNotContain("published 0 new");
    Path after = dir.resolve("after.json");
    assertThat(run("export", "--collection", C, "--org", "alpha", "-o", after.toString(), "--data", data())).isZero();
    assertThat(JSON.readTree(after.toFile()).get("objects").size())
        .isGreaterThan(JSON.readTree(before.toFile()).get("objects").size());
    assertThat(JSON.readTree(after.toFile()).get("objects").findValues("wounded"))
        .anyMatch(w -> w.path("value").asInt() == 99);
  }

  private String runJson(String... args) {
    assertThat(run(args)).isZero();
    return out.toString();
  }

  private static Set<String> ids(Path bundle, String type) throws IOException {
    Set<String> s = new HashSet<>();
    for (JsonNode o : JSON.readTree(bundle.toFile()).get("objects")) {
      if (o.get("type").asText().equals(type)) {
        s.add(o.get("id").asText());
      }
    }
    return s;
  }
}
