package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.report;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.Store;

/**
 * A report that names no day is dated by its dateline or publication: its event happened that day
 * or before. A record the catalogue dates after that day is another event, however well the rest
 * fits (the same town, the same toll, the kind of target the report names).
 */
class LaterRecordsTest {

  @TempDir Path dir;

  /** A car bomb against aid workers on the 6th. */
  private static final String AID_CAR = "920001,2024,5,6,Afghanistan,Ghazni,Ghazni,33.5536,68.4269,"
      + "Bombing/Explosion,NGO,Vehicle of aid workers,Relief agency,Unknown,1,4,1,0\r\n";
  /** A bomb among passers-by in the same city on the 7th, with the same toll. */
  private static final String NEXT_DAY = "920002,2024,5,7,Afghanistan,Ghazni,Ghazni,33.5536,68.4269,"
      + "Bombing/Explosion,Private Citizens & Property,Civilians,Not Applicable,Unknown,1,4,1,0\r\n";

  private static final String REPORT = "A bomb went off next to a car in Ghazni city, Afghanistan, killing one civilian "
      + "and wounding four others, police said.";

  @Test
  void a_report_joins_the_record_of_its_own_day_not_a_look_alike_the_catalogue_dates_the_day_after() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      StoredReports.importGtd(store, dir, AID_CAR + NEXT_DAY);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl", report("a", "2024-05-06", REPORT));

      assertThat(StoredReports.recordsBesideReport(store)).containsExactly("920001");
    }
  }

  @Test
  void a_record_dated_after_the_report_is_not_the_event_it_tells_of() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      StoredReports.importGtd(store, dir, NEXT_DAY);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl", report("a", "2024-05-06", REPORT));

      assertThat(StoredReports.recordsBesideReport(store))
          .as("published on the 6th, the report cannot tell of the bomb of the 7th").isEmpty();
    }
  }
}
