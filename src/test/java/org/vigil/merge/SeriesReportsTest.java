package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Reports that tell their attack was one of a series (coordinated attacks, one of several of a
 * day) stay apart unless they name one site; a village of a province stays apart from the
 * province's namesake city.
 */
class SeriesReportsTest {

  @TempDir Path dir;

  private static String report(String id, String text) {
    return StoredReports.report(id, "2024-03-12", text);
  }

  @Test
  void two_arsons_of_one_coordinated_series_in_one_city_are_two_incidents_and_a_second_report_joins_its_own()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "thessaloniki.jsonl",
          report("a", "THESSALONIKI, March 12 (Test Wire) - Arsonists set fire to the Tax Office in "
              + "Thessaloniki, Greece, on Tuesday night. Nobody was hurt. It was one of two coordinated arson attacks "
              + "in the city that night, police said."),
          report("b", "THESSALONIKI, March 12 (Test Wire) - Arsonists set fire to the Labour Office in "
              + "Thessaloniki, Greece, on Tuesday night. Nobody was hurt. It was one of two coordinated arson attacks "
              + "in the city that night, police said."),
          report("c", "THESSALONIKI, March 12 (Test Wire) - Firefighters put out a blaze set by arsonists at the "
              + "Tax Office in Thessaloniki, Greece, on Tuesday night, one of two coordinated arson attacks "
              + "in the city. Nobody was hurt."));

      assertThat(incidents(store)).as("the tax office and the labour office are two arsons").hasSize(2);
      IncidentRow taxOffice = incidents(store).stream().filter(i -> i.recordJson().contains("Tax Office"))
          .findFirst().orElseThrow();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, taxOffice.id()))
          .as("the second report of the tax office fire joins it").hasSize(2);
    }
  }

  @Test
  void shootings_of_one_day_in_a_village_of_kandahar_province_and_in_kandahar_city_are_two_incidents()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kandahar.jsonl",
          report("v", "KANDAHAR, March 12 (Test Wire) - Gunmen shot dead a man in Miyan Joy, Kandahar, "
              + "Afghanistan, on Tuesday, relatives said."),
          report("k", "KANDAHAR, March 12 (Test Wire) - Gunmen shot dead a man in Kandahar city, Afghanistan, on "
              + "Tuesday, police said."));

      assertThat(incidents(store)).as("a village of the province is not the city").hasSize(2);
    }
  }
}
