package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.record;

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
 * A dataset record whose kind of attack the coder did not know ("Unknown", kept as violence of no
 * named kind) is no contradiction of a report that names the kind: the report joins the record of
 * its own day and toll, not a look-alike of the next day that happens to carry the report's kind.
 */
class UnknownKindTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  /** An attack on soldiers at Damaturu, Yobe, in the {@code vigil extract} layout. */
  private static ObjectNode attack(String type, String day, int killed) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"" + type + "\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"" + day + "\",\"precision\":\"day\",\"text\":null},\"location\":{\"name\":\"Damaturu\","
        + "\"site\":null,\"city\":\"Damaturu\",\"admin1\":\"Yobe\",\"country\":\"Nigeria\",\"countryCode\":\"NG\","
        + "\"lat\":11.75,\"lon\":11.96,\"precision\":\"city\"},\"perpetrators\":[{\"group\":\"Boko Haram\"}],"
        + "\"targets\":[{\"type\":\"military\",\"text\":\"soldiers\"}],\"victims\":[],"
        + "\"casualties\":{\"killed\":{\"value\":" + killed + ",\"qualifier\":\"exact\"},\"wounded\":null}}");
  }

  @Test
  void a_report_of_an_armed_assault_joins_the_record_of_its_day_whose_kind_of_attack_was_not_known()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long unknownKind = merger.create(attack("other_violence", "2021-01-09", 4), record("r1")).incidentId();
      merger.create(attack("armed_assault", "2021-01-10", 13), record("r2"));

      assertThat(merger.bestMatch(attack("armed_assault", "2021-01-09", 4), LABEL, Set.of(), null))
          .hasValueSatisfying(m -> assertThat(m.incidentId()).isEqualTo(unknownKind));
    }
  }

  @Test
  void an_unknown_kind_weighs_less_than_the_same_kind_and_more_than_another_kind() {
    assertThat(Kinds.score("other_violence", "armed_assault"))
        .isLessThan(Kinds.score("armed_assault", "armed_assault"))
        .isGreaterThan(Kinds.score("bombing", "armed_assault"));
  }
}
