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
 * attack, and a record whose report was merged at ingest with a look-alike of another province
 * takes that report back rather than standing alone.
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

  /** Gunmen who killed nine herders in Konduga, Borno. */
  private static final String KONDUGA = "930003,2024,4,9,Nigeria,Borno,Konduga,11.6500,13.4167,"
      + "Armed Assault,Private Citizens & Property,Herders,Not Applicable,Unknown,9,0,1,0\r\n";
  /** Gunmen who killed five herders the same day in Anka, Zamfara, five hundred kilometres west. */
  private static final String ANKA = "930004,2024,4,9,Nigeria,Zamfara,Anka,12.1092,5.9269,"
      + "Armed Assault,Private Citizens & Property,Herders,Not Applicable,Unknown,5,0,1,0\r\n";

  @Test
  void a_record_takes_back_its_report_merged_with_a_look_alike_of_another_province() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "herders.jsonl",
          report("konduga", "2024-04-09", "Gunmen killed nine herders in Konduga, Borno State, Nigeria, on Tuesday, "
              + "residents said."),
          report("country", "2024-04-09", "Gunmen killed five herders in an attack in Nigeria on Tuesday, residents "
              + "said."));
      StoredReports.importGtd(store, dir, KONDUGA + ANKA);

      assertThat(reportsBeside(store, "930003")).as("Konduga's record").containsExactly("konduga");
      assertThat(reportsBeside(store, "930004")).as("the record of the five herders").containsExactly("country");
    }
  }

  /** A roadside bomb that wounded a farmer in Baquba; the coder filed the target as a business (his field). */
  private static final String FIELD = "930005,2024,4,9,Iraq,Diyala,Baquba,33.7466,44.6437,"
      + "Bombing/Explosion,Business,Field,Not Applicable,Unknown,0,1,1,0\r\n";

  @Test
  void a_record_that_files_the_target_under_another_kind_does_not_join_a_look_alike_of_the_coded_kind()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "baquba.jsonl",
          report("farmer", "2024-04-09", "BAQUBA, April 9 (Test Wire) - A roadside bomb wounded a farmer in Baquba, "
              + "Diyala, on Tuesday, police said."),
          report("shop", "2024-04-09", "BAQUBA, April 9 (Test Wire) - A bomb exploded outside a shop in Baquba, "
              + "Diyala, on Tuesday. No one was hurt, police said."));
      StoredReports.importGtd(store, dir, FIELD);

      assertThat(reportsBeside(store, "930005")).as("a coder's kind of target is no evidence against the farmer's report")
          .doesNotContain("shop");
    }
  }
}
