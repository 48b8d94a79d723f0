package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;

/**
 * The dashboard's tallies read an organisation's incidents, and the operator's tallies of
 * every incident, from the covering index incidents_tally, never from the rows with their JSON records, and count what they did before
 * the index; a page of whole rows still walks the date index.
 */
class TallyPlanTest {

  @TempDir Path dir;

  @Test
  void an_organisation_s_tally_of_countries_is_answered_from_the_covering_index() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      String record = "{\"note\":\"" + "a record of a few kilobytes, as merged records are ".repeat(40) + "\"}";
      long observatory = store.inTransaction(() -> {
        for (int i = 0; i < 300; i++) {
          String cc = i % 3 == 0 ? "IQ" : "NG";
          String day = "2024-01-" + String.format("%02d", 1 + i % 28);
          store.incidents().insert(new IncidentRow(0, "bombing", "accomplished", false, day, "day", day, day, cc,
              "Place", null, 10.0, 20.0, "city", IncidentRow.cellOf(10.0, 20.0), null, i % 5, null, record, record,
              Ownership.instance(Tlp.GREEN)));
        }
        return store.access().createOrganisation("observatory").id();
      });
      Viewer viewer = Viewer.of(observatory);

      List<String> plan = store.aggregates().topCountriesPlan(viewer, IncidentFilter.all(), 10);

      assertThat(plan).anyMatch(l -> l.contains("USING COVERING INDEX incidents_tally"));
      assertThat(store.aggregates().topCountriesPlan(Viewer.OPERATOR, IncidentFilter.all(), 10))
          .as("the operator's tally of every incident, which SQLite would read through incidents_country_date")
          .anyMatch(l -> l.contains("USING COVERING INDEX incidents_tally"));
      assertThat(store.aggregates().topCountries(Viewer.OPERATOR, IncidentFilter.all(), 10))
          .extracting(Aggregates.Bucket::key, Aggregates.Bucket::incidents)
          .containsExactly(tuple("NG", 200L), tuple("IQ", 100L));
      assertThat(store.incidents().queryPlan(viewer, IncidentFilter.all(), 50, 0)).as("the latest page, which "
          + "reads whole rows, walks the incidents in date order instead of sorting them all")
          .anyMatch(l -> l.contains("SCAN i USING INDEX incidents_date")).noneMatch(l -> l.contains("incidents_tally"));
      assertThat(store.aggregates().topCountries(viewer, IncidentFilter.all(), 10))
          .extracting(Aggregates.Bucket::key, Aggregates.Bucket::incidents)
          .containsExactly(tuple("NG", 200L), tuple("IQ", 100L));
    }
  }

  @Test
  @Tag("postgres")
  void on_postgresql_the_latest_page_of_an_organisation_walks_the_date_index_backwards() throws Exception {
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL could not start here: " + e);
      return;
    }
    try (pg; SqlStore store = SqlStore.open(Database.parse("postgresql://postgres:postgres@localhost:" + pg.getPort()
        + "/postgres"))) {
      String record = "{\"note\":\"" + "a record of a few kilobytes, as merged records are ".repeat(40) + "\"}";
      long observatory = store.inTransaction(() -> {
        for (int i = 0; i < 3_000; i++) {
          String day = String.format("%04d-01-01", 1950 + i % 70);
          store.incidents().insert(new IncidentRow(0, "bombing", "accomplished", false, day, "day", day, day, "IQ",
              "Place", null, 10.0, 20.0, "city", IncidentRow.cellOf(10.0, 20.0), null, i % 5, null, record, record,
              Ownership.instance(Tlp.GREEN)));
        }
        return store.access().createOrganisation("observatory").id();
      });
      store.analyze();

      List<String> plan = store.incidents().queryPlan(Viewer.of(observatory), IncidentFilter.all(), 50, 0);

      assertThat(plan).anyMatch(l -> l.contains("Index Scan Backward using incidents_date"))
          .noneMatch(l -> l.contains("Seq Scan on incidents"));
    }
  }
}
