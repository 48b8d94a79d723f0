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
 * A report that names no day is dated by its dateline or publication: its event happened that day
 * or before. A record the catalogue dates after that day is another event, however well the rest
 * fits (the same town, the same toll, the kind of target the report names).
 */
class LaterRecordsTest {

  @TempDir Path dir;

  private static final String HEADER = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n";
  /** A car bomb against aid workers on the 6th. */
  private static final String AID_CAR = "920001,2024,5,6,Afghanistan,Ghazni,Ghazni,33.5536,68.4269,"
      + "Bombing/Explosion,NGO,Vehicle of aid workers,Relief agency,Unknown,1,4,1,0\r\n";
  /** A bomb among passers-by in the same city on the 7th, with the same toll. */
  private static final String NEXT_DAY = "920002,2024,5,7,Afghanistan,Ghazni,Ghazni,33.5536,68.4269,"
      + "Bombing/Explosion,Private Citizens & Property,Civilians,Not Applicable,Unknown,1,4,1,0\r\n";

  private static final String REPORT = "A bomb went off next to a car in Ghazni city, Afghanistan, killing one civilian "
      + "and wounding four others, police said.";

  private void importRecords(Store store, String rows) throws IOException {
    Path csv = Files.writeString(dir.resolve("records.csv"), HEADER + rows);
    new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
        .run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), line -> { });
  }

  /** The dataset refs of the records the incident holding the report also holds. */
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
  void a_report_joins_the_record_of_its_own_day_not_a_look_alike_the_catalogue_dates_the_day_after() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      importRecords(store, AID_CAR + NEXT_DAY);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl", report("a", "2024-05-06", REPORT));

      assertThat(recordsBeside(store)).containsExactly("920001");
    }
  }

  @Test
  void a_record_dated_after_the_report_is_not_the_event_it_tells_of() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      importRecords(store, NEXT_DAY);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl", report("a", "2024-05-06", REPORT));

      assertThat(recordsBeside(store)).as("published on the 6th, the report cannot tell of the bomb of the 7th").isEmpty();
    }
  }
}
