package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;
import static org.vigil.merge.StoredReports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.dataset.DatasetImporter;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Three camps for displaced people shelled on one day in one province, coded alike but for the
 * camp's name: a report naming one camp joins that camp's record, though the three score alike on
 * type, day, place and group.
 */
class WordTiesTest {

  @TempDir Path dir;

  private static final String HEADER = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n";

  private static String camp(int id, String name) {
    return id + ",2024,2,11,Yemen,Marib,Unknown,15.46,45.32,Bombing/Explosion,Private Citizens & Property,"
        + "Camp for displaced people," + name + " Camp,Houthi extremists (Ansar Allah),0,2,1,0\r\n";
  }

  private static List<String> recordsBeside(Store store) {
    for (var i : incidents(store)) {
      List<SourceRow> sources = store.sources().ofIncident(Viewer.OPERATOR, i.id());
      if (sources.stream().anyMatch(s -> s.dataset() == null)) {
        return sources.stream().filter(s -> s.dataset() != null).map(SourceRow::datasetRef).toList();
      }
    }
    throw new AssertionError("no incident holds the report");
  }

  @Test
  void a_report_naming_one_of_three_camps_shelled_that_day_joins_that_camps_record() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      Path csv = Files.writeString(dir.resolve("camps.csv"), HEADER + camp(930001, "Zafar") + camp(930002, "Al Noor")
          + camp(930003, "Salam"));
      new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
          Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
          .run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), line -> { });
      KnowledgeBase.ingest(store, dir, "marib.jsonl", report("a", "2024-02-11", "Houthi rebels shelled the Al Noor "
          + "camp for displaced people in Marib governorate, Yemen, on Sunday, wounding two residents."));

      assertThat(recordsBeside(store)).containsExactly("930002");
    }
  }
}
