package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Records of a catalogue that come after the reports of their events find each its own report:
 * a record whose target the coder did not know shares no kind of target with a report of another
 * attack.
 */
class RecordsAfterReportsTest {

  @TempDir Path dir;

  /** The report beside GTD record {@code ref}, if any: which report, by its text's first words. */
  private static List<String> reportsBeside(Store store, String ref) {
    long incident = store.sources().ofDatasetRecord("gtd", ref).orElseThrow().incidentId();
    return store.sources().ofIncident(Viewer.OPERATOR, incident).stream().filter(s -> s.dataset() == null)
        .map(SourceRow::reportId).map(id -> store.reports().byId(Viewer.OPERATOR, id).orElseThrow().extId())
        .toList();
  }

  /** A bomb defused in the same city that day; the coder did not know what it was meant for. */
  private static final String DEFUSED = "930002,2024,4,9,Afghanistan,Nangarhar,Jalalabad,34.4265,70.4515,"
      + "Bombing/Explosion,Unknown,Unknown,Unknown,Unknown,0,0,0,0\r\n";

  @Test
  void a_record_whose_target_the_coder_did_not_know_does_not_join_the_car_bomb_of_that_day() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "jalalabad.jsonl",
          report("car", "2024-04-09", "JALALABAD, April 9 (Test Wire) - A bomb exploded targeting a car in "
              + "Jalalabad, Nangarhar, on Tuesday. Nobody was hurt, police said."),
          report("defused", "2024-04-09", "JALALABAD, April 9 (Test Wire) - Police found and defused a bomb in "
              + "Jalalabad, Nangarhar, on Tuesday. Nobody was hurt."));
      StoredReports.importGtd(store, dir, DEFUSED);

      assertThat(reportsBeside(store, "930002")).as("an unknown target is no kind the car shares").doesNotContain("car");
    }
  }
}
