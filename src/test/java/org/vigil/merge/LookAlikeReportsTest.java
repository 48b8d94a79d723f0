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
import org.vigil.store.IncidentRow;
import org.vigil.store.Ownership;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Reports of look-alike events of one day (one type, one province, one group) stay apart when
 * what they tell differs; follow-ups of each still join it.
 */
class LookAlikeReportsTest {

  @TempDir Path dir;

  private static String report(String id, String text) {
    return StoredReports.report(id, "2024-02-28", text);
  }

  @Test
  void reports_naming_two_neighbouring_towns_are_two_attacks_and_a_follow_up_joins_its_own() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "athens.jsonl",
          report("a", "ATHENS, Feb 28 (Test Wire) - Assailants threw petrol bombs at a police patrol car in Zografou, "
              + "Attica, Greece, on Wednesday. No one was hurt, police said."),
          report("b", "ATHENS, Feb 28 (Test Wire) - Assailants threw petrol bombs at a police station in Kaisariani, "
              + "Attica, Greece, on Wednesday. No one was hurt, police said."),
          report("c", "ATHENS, Feb 28 (Test Wire) - Police were searching for the assailants who attacked a police "
              + "car with petrol bombs in Zografou on Wednesday. No one was hurt."));

      assertThat(incidents(store)).as("Zografou and Kaisariani are two attacks, the follow-up joins Zografou's")
          .hasSize(2);
      IncidentRow zografou = incidents(store).stream().filter(i -> i.place().startsWith("Zogr")).findFirst()
          .orElseThrow();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, zografou.id())).hasSize(2);
    }
  }

  @Test
  void two_bombs_of_one_day_in_one_city_on_police_and_on_civilians_are_two_attacks() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kabul.jsonl",
          report("p", "KABUL, Feb 28 (Test Wire) - A magnetic bomb attached to a police vehicle exploded in Kabul on "
              + "Wednesday, wounding two police officers, a spokesman said."),
          report("m", "KABUL, Feb 28 (Test Wire) - A roadside bomb struck a minibus carrying civilians in Kabul on "
              + "Wednesday, wounding four passengers, a spokesman said."),
          report("q", "KABUL, Feb 28 (Test Wire) - An explosion wounded people in Kabul on Wednesday when a bomb "
              + "went off under a police vehicle, the interior ministry said."));

      assertThat(incidents(store)).as("the police vehicle and the minibus are two bombings").hasSize(2);
      IncidentRow minibus = incidents(store).stream().filter(i -> i.recordJson().contains("minibus")).findFirst()
          .orElseThrow();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, minibus.id())).as("the follow-up on the police vehicle")
          .hasSize(1);
    }
  }

  /** A GTD-style record of a bombing in Dhusamareb, the coder's spelling of Dhuusamarreeb. */
  private static final String RECORD = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n"
      + "900003,2024,2,28,Somalia,Galguduud,Dhusamareb,5.5375,46.3875,Bombing/Explosion,Military,Military Vehicle,"
      + "Somali National Army,Al-Shabaab,0,2,1,1\r\n";

  @Test
  void a_report_joins_the_record_of_its_event_whatever_spelling_of_the_town_the_coder_used() throws IOException {
    Path csv = Files.writeString(dir.resolve("record.csv"), RECORD);
    Ownership label = Ownership.instance(Tlp.GREEN);
    try (Store store = KnowledgeBase.open(dir)) {
      new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
          Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
          .run(csv, DatasetImporter.Format.GTD, label, line -> { });
      KnowledgeBase.ingest(store, dir, "somalia.jsonl", report("d", "MOGADISHU, Feb 28 (Test Wire) - A roadside bomb "
          + "wounded two soldiers in a military vehicle in Dhuusamarreeb, Galguduud, on Wednesday. Al-Shabaab claimed "
          + "the attack."));

      long incident = store.sources().ofDatasetRecord("gtd", "900003").orElseThrow().incidentId();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, incident)).extracting(SourceRow::datasetRef)
          .containsExactlyInAnyOrder("900003", null);
    }
  }
}
