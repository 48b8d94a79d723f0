package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/**
 * A dataset lists coordinated attacks of one day as look-alike records; a report of one of them
 * joins that one's record, told apart by the town it names and the toll it gives.
 */
class LookAlikeRecordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  /** An incident in the {@code vigil extract} layout: an armed assault in Tillabéri on 2021-01-02. */
  private static ObjectNode assault(String location, Integer killed) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"armed_assault\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"2021-01-02\",\"precision\":\"day\",\"text\":null},\"location\":" + location
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

  private static IncidentMerger.Source record(String ref) {
    return new IncidentMerger.Source(null, "gtd", ref, 0, false, true, null, LABEL);
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
          .as("a village no gazetteer holds and another village are two places").startsWith("ruled out");
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
}
