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
 * Three camps for displaced people shelled on one day in one province, coded alike but for the
 * camp's name: a report naming one camp joins that camp's record, though the three score alike on
 * type, day, place and group.
 */
class WordTiesTest {

  @TempDir Path dir;

  private static String camp(int id, String name) {
    return id + ",2024,2,11,Yemen,Marib,Unknown,15.46,45.32,Bombing/Explosion,Private Citizens & Property,"
        + "Camp for displaced people," + name + " Camp,Houthi extremists (Ansar Allah),0,2,1,0\r\n";
  }

  @Test
  void a_report_naming_one_of_three_camps_shelled_that_day_joins_that_camps_record() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      StoredReports.importGtd(store, dir, camp(930001, "Zafar") + camp(930002, "Al Noor") + camp(930003, "Salam"));
      KnowledgeBase.ingest(store, dir, "marib.jsonl", report("a", "2024-02-11", "Houthi rebels shelled the Al Noor "
          + "camp for displaced people in Marib governorate, Yemen, on Sunday, wounding two residents."));

      assertThat(StoredReports.recordsBesideReport(store)).containsExactly("930002");
    }
  }
}
