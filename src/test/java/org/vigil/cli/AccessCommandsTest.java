package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.report.Report;
import org.vigil.stix.Tlp;
import org.vigil.store.Database;
import org.vigil.store.Ownership;
import org.vigil.store.SqlStore;

/**
 * The access model at the command line: partnerships with a ceiling, adoption of the instance's
 * records, key expiry and last use, revoked users, and what publishing and exports share (issue
 * 16, findings 3 and 4: another organisation's pushed reports went out under the publisher's
 * name, and {@code --marking red} left the producer identity CLEAR).
 */
class AccessCommandsTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String C = "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f";

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void keys_expire_when_asked_and_the_list_shows_when_each_was_last_used() {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-user", "ann", "--org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-key", "ann", "--expires", "90d", "--data", data())).isZero();
    assertThat(err.toString()).contains("it expires 20");
    assertThat(run("admin", "add-key", "ann", "--expires", "2001-01-01", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("not in the future");
    assertThat(run("admin", "add-key", "ann", "--expires", "soon", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("--expires 'soon'");

    assertThat(run("admin", "list", "--data", data())).isZero();
    assertThat(out.toString()).containsPattern("key [0-9a-f]{12} user ann created \\S+ expires 20\\S+ last used never");
  }

  @Test
  void a_revoked_user_is_listed_as_disabled_and_cannot_get_a_key() {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-user", "ann", "--org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "revoke-user", "ann", "--data", data())).isZero();
    assertThat(out.toString()).contains("sessions have ended");
    assertThat(run("admin", "revoke-user", "ann", "--data", data())).isEqualTo(1);
    assertThat(run("admin", "add-key", "ann", "--data", data())).isEqualTo(1);
    assertThat(run("admin", "list", "--data", data())).isZero();
    assertThat(out.toString()).contains("user ann reader org alpha disabled 20");
  }

  @Test
  void a_partnership_shares_up_to_green_or_amber_and_can_be_removed() {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-org", "beta", "--data", data())).isZero();
    assertThat(run("admin", "add-partner", "alpha", "beta", "--max-tlp", "green", "--data", data())).isZero();
    assertThat(run("admin", "list", "--data", data())).isZero();
    assertThat(out.toString()).contains("org alpha partners [beta (up to green)]");
    assertThat(run("admin", "add-partner", "alpha", "beta", "--max-tlp", "red", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("green or amber");
    assertThat(run("admin", "remove-partner", "alpha", "beta", "--data", data())).isZero();
    assertThat(run("admin", "remove-partner", "alpha", "beta", "--data", data())).isEqualTo(1);
    assertThat(run("admin", "relabel", "--data", data())).isZero();
    assertThat(out.toString()).contains("0 incidents relabelled");
  }

  @Test
  void publish_shares_only_what_the_organisation_owns_at_its_own_marking() throws IOException {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-org", "beta", "--data", data())).isZero();
    assertThat(run("admin", "add-root", "shared", "--title", "Shared", "--data", data())).isZero();
    assertThat(run("admin", "add-collection", "--root", "shared", "--title", "KB", "--id", C, "--max-tlp", "red",
        "--data", data())).isZero();
    assertThat(run("admin", "grant", C, "alpha", "--read", "--write", "--data", data())).isZero();
    try (org.vigil.store.Store store = KnowledgeBase.seeded(SqlStore.open(Database.sqlite(dir.resolve("data"))))) {
      long alpha = store.access().findOrganisation("alpha").orElseThrow().id();
      long beta = store.access().findOrganisation("beta").orElseThrow().id();
      ingest(store, "alphas-own", "Alphas Own Wire", Ownership.of(alpha, Tlp.AMBER), KnowledgeBase.OTHER_4);
      ingest(store, "betas-push", "Betas Private Wire", Ownership.of(beta, Tlp.GREEN), KnowledgeBase.WIRE_1);
    }
    assertThat(run("admin", "publish", "--collection", C, "--org", "alpha", "--data", data())).as(err.toString())
        .isZero();
    Path published = dir.resolve("published.json");
    assertThat(run("export", "--collection", C, "--org", "alpha", "-o", published.toString(), "--data", data()))
        .isZero();

    String bundle = Files.readString(published);
    assertThat(bundle).contains("Alphas Own Wire").doesNotContain("Betas Private Wire").doesNotContain("Mogadishu");
    assertThat(markings(published, "incident")).containsOnly(Tlp.AMBER.markingId());
  }

  @Test
  void an_export_marked_red_marks_its_producer_red_and_an_organisations_export_holds_what_it_reads()
      throws IOException {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-org", "beta", "--data", data())).isZero();
    try (org.vigil.store.Store store = KnowledgeBase.seeded(SqlStore.open(Database.sqlite(dir.resolve("data"))))) {
      long alpha = store.access().findOrganisation("alpha").orElseThrow().id();
      ingest(store, "alphas-own", "Alphas Own Wire", Ownership.of(alpha, Tlp.AMBER), KnowledgeBase.OTHER_4);
      ingest(store, "public", "Public Wire", Ownership.instance(Tlp.GREEN), KnowledgeBase.WIRE_1);
    }
    Path red = dir.resolve("red.json");
    Path betas = dir.resolve("beta.json");
    assertThat(run("export", "--data", data(), "--marking", "red", "-o", red.toString())).isZero();
    assertThat(run("export", "--data", data(), "--org", "beta", "-o", betas.toString())).isZero();

    assertThat(markings(red, "system")).as("the producer of a RED bundle").containsOnly(Tlp.RED.markingId());
    assertThat(Files.readString(betas)).contains("Public Wire").doesNotContain("Alphas Own Wire");
  }

  private static void ingest(org.vigil.store.Store store, String id, String outlet, Ownership label, String record) {
    JsonNode r = read(record);
    KnowledgeBase.ingester(store, IngestSettings.defaults()).ingestReports(List.of(new Report(id, outlet + " story",
        r.path("text").asText(), java.time.LocalDate.parse(r.path("published").asText()), outlet, null,
        org.vigil.report.SourceMap.identity())), "test", label);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The markings of the objects of a type, or ("system") of the producer identity. */
  private static List<String> markings(Path bundle, String type) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode o : JSON.readTree(bundle.toFile()).path("objects")) {
      if (o.path("type").asText().equals(type) || o.path("identity_class").asText().equals(type)) {
        o.path("object_marking_refs").forEach(m -> out.add(m.asText()));
      }
    }
    return out;
  }
}
