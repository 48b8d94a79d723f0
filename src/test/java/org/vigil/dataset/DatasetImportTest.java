package org.vigil.dataset;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/** GTD and ACLED exports (small files in their layouts) become incidents that later reports merge into. */
class DatasetImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

  /** Three GTD rows: a day-precise bombing, a month-precise kidnapping with a quoted summary, a bad date. */
  static final String GTD = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,summary,"
      + "attacktype1_txt,targtype1_txt,gname,nkill,nwound,success,claimed\r\n"
      + "202403090001,2024,3,9,Somalia,Banaadir,Mogadishu,2.0371,45.3438,\"03/09/2024: A car bomb, outside a hotel.\","
      + "Bombing/Explosion,Business,Al-Shabaab,15,22,1,1\r\n"
      + "202401000002,2024,1,0,Nigeria,Borno,Maiduguri,11.8333,13.15,\"Gunmen abducted \"\"aid workers\"\"\nnear the city.\","
      + "Hostage Taking (Kidnapping),NGO,Unknown,,,1,0\r\n"
      + "202402300003,2024,2,30,Iraq,Kirkuk,Kirkuk,35.47,44.39,,Armed Assault,Police,Unknown,2,,1,0\r\n";

  /** Two ACLED rows, one with ISO and one with a spelled-out date. */
  static final String ACLED = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,"
      + "location,latitude,longitude,fatalities,notes,source\n"
      + "SOM12345,2024-03-20,Explosions/Remote violence,Remote explosive/landmine/IED,Al Shabaab,,Somalia,"
      + "Lower Juba,Kismayo,-0.3582,42.5454,4,\"IED on a road, 4 killed\",Local radio\n"
      + "NIG777,02 April 2024,Violence against civilians,Abduction/forced disappearance,Unidentified Armed Group (Nigeria),"
      + "Civilians (Nigeria),Nigeria,Zamfara,Gusau,12.17,6.66,0,Abduction of 9 farmers,Daily Trust\n";

  @TempDir Path dir;

  private DatasetImporter importer(Store store) {
    return new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        GAZETTEER, KnowledgeBase.REGISTRIES.groups(), 100);
  }

  @Test
  void gtd_records_become_incidents_with_mapped_types_and_dates_and_a_bad_record_is_skipped() throws IOException {
    // the second record spans lines 3 and 4 (a line break inside its quoted summary), so the bad one is on line 5
    Path f = Files.writeString(dir.resolve("gtd.csv"), GTD);
    try (Store store = KnowledgeBase.open(dir)) {
      List<String> lines = new ArrayList<>();
      DatasetImporter.Result r = importer(store).run(f, DatasetImporter.Format.GTD, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN), lines::add);

      assertThat(r.records()).isEqualTo(3);
      assertThat(r.created()).isEqualTo(2);
      assertThat(lines).containsExactly(f + ":5: iyear/imonth/iday 2024/2/30 is not a calendar date");
      List<IncidentRow> rows = store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 10, 0);
      assertThat(rows).extracting(IncidentRow::type, IncidentRow::dateValue, IncidentRow::countryCode, IncidentRow::groupId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("bombing", "2024-03-09", "SO", "al-shabaab"),
              org.assertj.core.groups.Tuple.tuple("kidnapping", "2024-01", "NG", null));
      JsonNode bombing = JSON.readTree(rows.get(0).recordJson());
      assertThat(bombing.get("claim").asText()).isEqualTo("claimed");
      assertThat(bombing.at("/targets/0/type").asText()).isEqualTo("business");
      assertThat(bombing.at("/casualties/wounded/value").asInt()).isEqualTo(22);

      DatasetImporter.Result again = importer(store).run(f, DatasetImporter.Format.GTD, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN), lines::add);
      assertThat(again.created()).isZero();
      assertThat(again.alreadyImported()).isEqualTo(2);
    }
  }

  @Test
  void a_later_news_report_merges_into_the_dataset_incident() throws IOException {
    Path f = Files.writeString(dir.resolve("gtd.csv"), GTD);
    try (Store store = KnowledgeBase.open(dir)) {
      importer(store).run(f, DatasetImporter.Format.GTD, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN), line -> {});
      KnowledgeBase.ingest(store, dir, "news.jsonl", KnowledgeBase.WIRE_1);

      assertThat(store.stats(Viewer.OPERATOR).incidents()).isEqualTo(2);
      IncidentRow bombing = store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 10, 0).get(0);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, bombing.id())).extracting(SourceRow::dataset, SourceRow::datasetRef)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("gtd", "202403090001"),
              org.assertj.core.groups.Tuple.tuple(null, null));
    }
  }

  @Test
  void acled_battles_air_strikes_and_shelling_become_the_political_violence_types() {
    assertThat(Acled.type("Battles", "Armed clash")).isEqualTo("armed_clash");
    assertThat(Acled.type("Explosions/Remote violence", "Air/drone strike")).isEqualTo("air_strike");
    assertThat(Acled.type("Explosions/Remote violence", "Shelling/artillery/missile attack")).isEqualTo("shelling");
    assertThat(Acled.type("Violence against civilians", "Attack")).isEqualTo("armed_assault");
  }

  @Test
  void acled_records_become_incidents_and_a_file_without_the_id_column_is_refused() throws IOException {
    Path f = Files.writeString(dir.resolve("acled.csv"), ACLED);
    try (Store store = KnowledgeBase.open(dir)) {
      DatasetImporter.Result r = importer(store).run(f, DatasetImporter.Format.ACLED, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN), line -> {});

      assertThat(r.created()).isEqualTo(2);
      assertThat(store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 10, 0))
          .extracting(IncidentRow::type, IncidentRow::dateValue, IncidentRow::countryCode, IncidentRow::killed)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("kidnapping", "2024-04-02", "NG", 0),
              org.assertj.core.groups.Tuple.tuple("bombing", "2024-03-20", "SO", 4));

      Path bad = Files.writeString(dir.resolve("bad.csv"), "id,event_date,event_type,country\n1,2024-01-01,Riots,Chad\n");
      assertThatThrownBy(() -> importer(store).run(bad, DatasetImporter.Format.ACLED, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN), line -> {}))
          .hasMessage(bad + " has no column 'event_id_cnty'; a ACLED export needs [event_id_cnty, event_date, event_type, country]");
    }
  }
}
