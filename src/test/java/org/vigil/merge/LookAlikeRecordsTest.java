package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
 * A dataset lists coordinated attacks of one day as look-alike records; a report of one of them
 * joins that one's record, told apart by the town it names and the toll it gives. A report naming
 * a village no gazetteer holds joins the record a coder placed at a town of that province that day.
 */
class LookAlikeRecordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  /** An incident in the {@code vigil extract} layout: an armed assault in Tillabéri on 2021-01-02. */
  private static ObjectNode assault(String location, Integer killed) throws IOException {
    return assault("2021-01-02", location, killed);
  }

  private static ObjectNode assault(String day, String location, Integer killed) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"armed_assault\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"" + day + "\",\"precision\":\"day\",\"text\":null},\"location\":" + location
        + ",\"perpetrators\":[],\"targets\":[{\"type\":\"private_citizens\",\"text\":\"village\"}],\"victims\":[],"
        + "\"casualties\":{\"killed\":" + (killed == null ? "null" : "{\"value\":" + killed + ",\"qualifier\":\"exact\"}")
        + ",\"wounded\":null}}");
  }

  private static String village(String name, double lat, double lon) {
    return "{\"name\":\"" + name + "\",\"site\":null,\"city\":\"" + name + "\",\"admin1\":\"Tillaberi\","
        + "\"country\":\"Niger\",\"countryCode\":\"NE\",\"lat\":" + lat + ",\"lon\":" + lon + ",\"precision\":\"city\"}";
  }

  /** A village no gazetteer holds, kept as written at the province's centre. */
  private static String kept(String name) {
    return "{\"name\":\"" + name + "\",\"site\":null,\"city\":null,\"admin1\":\"Tillabéri\",\"country\":\"Niger\","
        + "\"countryCode\":\"NE\",\"lat\":14.0,\"lon\":1.9,\"precision\":\"province\",\"resolved\":\"Tillabéri\"}";
  }

  @Test
  void a_report_naming_a_village_joins_that_villages_record_not_the_next_villages_of_the_same_day()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long first = merger.create(assault(village("Tchombangou", 14.6, 0.9), 73), record("r1")).incidentId();
      long second = merger.create(assault(village("Zaroumdareye", 14.5, 1.0), 32), record("r2")).incidentId();

      assertThat(merger.bestMatch(assault(kept("Zaroumdareye"), 32), LABEL, Set.of(), null))
          .hasValueSatisfying(m -> assertThat(m.incidentId()).isEqualTo(second));
      assertThat(merger.bestMatch(assault(kept("Tchombangou"), null), LABEL, Set.of(), null))
          .hasValueSatisfying(m -> assertThat(m.incidentId()).isEqualTo(first));
      assertThat(merger.explainWith(assault(kept("Tchombangou"), null), LABEL, second))
          .as("against a record, a village no gazetteer holds and the coder's town only lower the score")
          .contains("other towns");
    }
  }

  @Test
  void two_mentions_naming_different_villages_kept_as_written_stay_apart() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      merger.create(assault(kept("Tchombangou"), 73), record("r1"));

      assertThat(merger.bestMatch(assault(kept("Zaroumdareye"), 32), LABEL, Set.of(), null)).isEmpty();
      assertThat(merger.bestMatch(assault(kept("Tchombangou"), 73), LABEL, Set.of(), null)).isPresent();
    }
  }

  @Test
  void a_report_naming_a_village_no_gazetteer_holds_joins_the_record_a_coder_placed_at_a_town_that_day()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long town = merger.create(assault(village("Ouallam", 14.32, 2.08), 4), record("r3")).incidentId();

      assertThat(merger.bestMatch(assault(kept("Mogodyougou"), 4), LABEL, Set.of(), null))
          .hasValueSatisfying(m -> assertThat(m.incidentId()).isEqualTo(town));
      assertThat(merger.bestMatch(assault("2021-01-03", kept("Mogodyougou"), 4), LABEL, Set.of(), null))
          .as("a day later, another town is no longer the coder's placing of the village").isEmpty();
      long village = merger.create(assault(kept("Mogodyougou"), 4), record("r4")).incidentId();
      assertThat(merger.explainWith(assault(kept("Dareye"), 4), LABEL, village))
          .as("two villages kept as written are two places").startsWith("ruled out");
    }
  }

  /** Two shootings of one day in one city, one killed each, told apart only by whose man was shot. */
  private static final String SHOOTINGS = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n"
      + "900001,2024,1,10,Afghanistan,Kabul,Kabul,34.5281,69.1723,Armed Assault,Government (General),Officer,"
      + "National Directorate of Security,Unknown,1,0,1,0\r\n"
      + "900002,2024,1,10,Afghanistan,Kabul,Kabul,34.5281,69.1723,Armed Assault,Government (General),Officer,"
      + "Ministry of Refugees,Unknown,1,0,1,0\r\n";

  @Test
  void a_report_naming_the_ministry_whose_officer_was_shot_joins_that_record_among_look_alikes() throws IOException {
    Path csv = Files.writeString(dir.resolve("shootings.csv"), SHOOTINGS);
    try (Store store = KnowledgeBase.open(dir)) {
      new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
          Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
          .run(csv, DatasetImporter.Format.GTD, LABEL, line -> { });
      KnowledgeBase.ingest(store, dir, "kabul.jsonl", JSON.createObjectNode().put("id", "guard")
          .put("published", "2024-01-10").put("source", "Test Wire").put("text", "KABUL, Jan 10 (Test Wire) - Gunmen "
              + "shot dead an officer of the Ministry of Refugees in Kabul on Wednesday, police said.").toString());

      long incident = store.sources().ofDatasetRecord("gtd", "900002").orElseThrow().incidentId();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, incident)).extracting(SourceRow::datasetRef)
          .containsExactlyInAnyOrder("900002", null);
    }
  }
}
