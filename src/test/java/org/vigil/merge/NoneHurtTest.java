package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/**
 * "Nobody was hurt" and "four were killed" are not two close figures of one toll: of two
 * look-alike records of one village and day, a report that no one was killed fits the one whose
 * toll is not known better than the one that counts four dead.
 */
class NoneHurtTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  /** A kidnapping at Tsafe, Zamfara, on 3 May 2022, in the {@code vigil extract} layout. */
  private static ObjectNode kidnapping(@Nullable Integer killed) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"kidnapping\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"2022-05-03\",\"precision\":\"day\",\"text\":null},\"location\":{\"name\":\"Tsafe\","
        + "\"site\":null,\"city\":\"Tsafe\",\"admin1\":\"Zamfara\",\"country\":\"Nigeria\",\"countryCode\":\"NG\","
        + "\"lat\":11.96,\"lon\":6.92,\"precision\":\"city\"},\"perpetrators\":[],\"targets\":[],\"victims\":[],"
        + "\"casualties\":{\"killed\":" + (killed == null ? "null" : "{\"value\":" + killed
        + ",\"qualifier\":\"exact\"}") + ",\"wounded\":null}}");
  }

  @Test
  void a_report_that_no_one_was_killed_fits_a_record_of_no_known_toll_better_than_one_of_four_dead()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long fourDead = merger.create(kidnapping(4), record("r1")).incidentId();
      long tollUnknown = merger.create(kidnapping(null), record("r2")).incidentId();

      Match withFourDead = merger.bestMatch(kidnapping(0), LABEL, Set.of(tollUnknown), null).orElseThrow();
      Match withTollUnknown = merger.bestMatch(kidnapping(0), LABEL, Set.of(fourDead), null).orElseThrow();

      assertThat(withFourDead.evidence()).isLessThan(withTollUnknown.evidence());
    }
  }
}
