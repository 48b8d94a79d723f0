package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;

/**
 * Look-alike raids on one village on one day, each with its catalogue record. Reported first and
 * catalogued later: the record of the raid on the police post comes first and takes the report
 * of the other raid, whose toll is close to its own, but the record of that raid, with the very
 * toll of the report, takes it back, and the first record moves to the report of its own raid.
 * Catalogued first: a report is compared with what a record coded, not with the figures an
 * earlier report of the look-alike added to its incident.
 */
class RecordAssignmentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  private static ObjectNode raid(String target, Integer killed) throws IOException {
    return raid(target, killed, null);
  }

  private static ObjectNode raid(String target, Integer killed, Integer wounded) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"armed_assault\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"2021-01-02\",\"precision\":\"day\",\"text\":null},\"location\":{\"name\":\"Tchombangou\","
        + "\"site\":null,\"city\":\"Tchombangou\",\"admin1\":\"Tillaberi\",\"country\":\"Niger\",\"countryCode\":\"NE\","
        + "\"lat\":14.6,\"lon\":0.9,\"precision\":\"city\"},\"perpetrators\":[],\"targets\":[{\"type\":\"" + target
        + "\",\"text\":\"the " + target + "\"}],\"victims\":[],\"casualties\":{\"killed\":"
        + figure(killed) + ",\"wounded\":" + figure(wounded) + "}}");
  }

  private static String figure(Integer n) {
    return n == null ? "null" : "{\"value\":" + n + ",\"qualifier\":\"exact\"}";
  }

  /** A stored report of the raids (its text does not matter: the incidents are given). */
  private static IncidentMerger.Source report(Store store, String id) {
    long stored = store.reports().insert(new StoredReport(0, id, id, "0".repeat(256), null, "Raid", "2021-01-02", null,
        null, "wire", "Gunmen raided Tchombangou.", LABEL), new long[] {id.hashCode()});
    return new IncidentMerger.Source(stored, null, null, 0, false, true, "2021-01-02", LABEL);
  }

  @Test
  void a_record_that_fits_a_joined_report_better_takes_it_and_the_first_record_moves_to_its_own_report()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long villagers = merger.create(raid("private_citizens", 5), report(store, "a")).incidentId();
      long post = merger.create(raid("police", null), report(store, "b")).incidentId();

      merger.attachRecord(raid("private_citizens", 4), record("r1"));
      merger.attachRecord(raid("private_citizens", 5), record("r2"));

      assertThat(records(store, villagers)).containsExactly("r2");
      assertThat(records(store, post)).as("the displaced record joins the report it fits next").containsExactly("r1");
      assertThat(store.sources().ofDatasetRecord("gtd", "r1").orElseThrow().explanation()).contains("displacedFrom");
    }
  }

  @Test
  void a_record_that_fits_a_joined_report_no_better_than_its_record_stays_out() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long villagers = merger.create(raid("private_citizens", 5), report(store, "a")).incidentId();

      merger.attachRecord(raid("private_citizens", 5), record("r1"));
      merger.attachRecord(raid("private_citizens", 5), record("r2"));

      assertThat(records(store, villagers)).containsExactly("r1");
    }
  }

  @Test
  void a_record_takes_the_report_of_its_raid_out_of_an_incident_where_it_was_merged_with_a_look_alike()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long both = merger.create(raid("private_citizens", 2), report(store, "a")).incidentId();
      assertThat(merger.attach(raid("private_citizens", 7), report(store, "b"), java.util.Set.of()).incidentId())
          .as("two reports of one village and day, tolls 2 and 7: one raid as far as the news tell").isEqualTo(both);

      merger.attachRecord(raid("private_citizens", 2), record("r1"));
      long seven = merger.attachRecord(raid("private_citizens", 7), record("r2")).incidentId();

      assertThat(records(store, both)).containsExactly("r1");
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, seven)).extracting(SourceRow::datasetRef)
          .containsExactlyInAnyOrder("r2", null);
    }
  }

  @Test
  void a_report_is_compared_with_what_the_catalogue_coded_not_with_what_a_report_of_a_look_alike_added()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long two = merger.create(raid("private_citizens", 2), record("r1")).incidentId();
      long seven = merger.create(raid("private_citizens", 7), record("r2")).incidentId();
      assertThat(merger.attach(raid("private_citizens", 2, 7), report(store, "a"), java.util.Set.of()).incidentId())
          .isEqualTo(two);

      assertThat(merger.attach(raid("private_citizens", 7, 7), report(store, "b"), java.util.Set.of()).incidentId())
          .as("the seven wounded the first report gave are not the first record's").isEqualTo(seven);
    }
  }

  private static java.util.List<String> records(Store store, long incident) {
    return store.sources().ofIncident(Viewer.OPERATOR, incident).stream().map(SourceRow::datasetRef)
        .filter(java.util.Objects::nonNull).toList();
  }
}
