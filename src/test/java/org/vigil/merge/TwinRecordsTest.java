package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.dataset.DatasetImporter;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * A dataset codes the attacks of one coordinated series as twin records that nothing but their id
 * tells apart; each report of one attack of the series takes a twin of its own instead of making
 * a duplicate incident, and a report that tells of no series stays out of the tie.
 */
class TwinRecordsTest {

  @TempDir Path dir;

  /** Three attacks on checkpoints around Ghazni on one night, coded alike. */
  private static final String TWINS = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n"
      + twin(910001) + twin(910002) + twin(910003);

  private static String twin(int id) {
    return id + ",2024,1,10,Afghanistan,Ghazni,Ghazni,33.5536,68.4269,Armed Assault,Military,Checkpoint,"
        + "Afghan Army,Taliban,,,1,1\r\n";
  }

  private static String report(String id, String village, String series) {
    return StoredReports.report(id, "2024-01-10", "GHAZNI, Jan 10 (Test Wire) - Taliban fighters attacked an army "
        + "checkpoint in " + village + ", Ghazni, Afghanistan, on Wednesday night." + series
        + " The Taliban claimed the attack.");
  }

  private void importTwins(Store store) throws IOException {
    Path csv = Files.writeString(dir.resolve("twins.csv"), TWINS);
    new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
        .run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), line -> { });
  }

  @Test
  void two_reports_of_one_attack_each_of_a_coordinated_series_take_one_twin_record_each() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      importTwins(store);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl",
          report("a", "Qala Qazi", " It was one of three coordinated attacks in the province that night."),
          report("b", "Jangal Bagh", " It was one of three coordinated attacks in the province that night."));

      assertThat(incidents(store)).as("no duplicate of a twin").hasSize(3);
      assertThat(incidents(store)).as("each twin holds at most one of the reports")
          .allSatisfy(i -> assertThat(store.sources().ofIncident(Viewer.OPERATOR, i.id())).hasSizeLessThanOrEqualTo(2));
    }
  }

  @Test
  void a_report_that_tells_of_no_series_is_not_placed_among_twins_it_cannot_tell_apart() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      importTwins(store);
      KnowledgeBase.ingest(store, dir, "ghazni.jsonl", report("c", "Qala Qazi", ""));

      assertThat(incidents(store)).as("the report keeps an incident of its own").hasSize(4);
    }
  }
}
