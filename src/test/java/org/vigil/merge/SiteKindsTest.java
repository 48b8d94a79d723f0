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
import org.vigil.store.StoredReport;

/**
 * Two reports naming sites of different kinds (a base, an outpost) tell of two attacks; but a
 * dataset record's site is a coder's word for what a report may call otherwise ("Checkpost" for
 * the "military bases and security posts" a report tells of), so against a record different kinds
 * only lower the score: a report joins the record of its day, place, group and toll, and still
 * prefers a look-alike record naming its own kind of site.
 */
class SiteKindsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  @TempDir Path dir;

  /** A Taliban attack in Dashti Archi, Kunduz, on a site named {@code target}, in the {@code vigil extract} layout. */
  private static ObjectNode attack(String target, int killed) throws IOException {
    return (ObjectNode) JSON.readTree("{\"type\":\"armed_assault\",\"status\":\"accomplished\","
        + "\"date\":{\"value\":\"2022-03-08\",\"precision\":\"day\",\"text\":null},\"location\":{\"name\":"
        + "\"Dashti Archi\",\"site\":null,\"city\":\"Dashti Archi\",\"admin1\":\"Kunduz\",\"country\":\"Afghanistan\","
        + "\"countryCode\":\"AF\",\"lat\":37.13,\"lon\":69.17,\"precision\":\"district\"},"
        + "\"perpetrators\":[{\"group\":\"Taliban\"}],\"targets\":[{\"type\":\"military\",\"text\":\"" + target
        + "\"}],\"victims\":[],\"casualties\":{\"killed\":{\"value\":" + killed + ",\"qualifier\":\"exact\"},"
        + "\"wounded\":null}}");
  }

  /** A stored report (its text does not matter: the incident is given). */
  private static IncidentMerger.Source report(Store store, String id) {
    long stored = store.reports().insert(new StoredReport(0, id, id, "0".repeat(256), null, "Attack", "2022-03-08",
        null, null, "wire", "Taliban fighters attacked Dashti Archi.", LABEL), new long[] {id.hashCode()});
    return new IncidentMerger.Source(stored, null, null, 0, false, true, "2022-03-08", LABEL);
  }

  @Test
  void a_report_of_an_attack_on_bases_joins_the_record_that_coded_the_site_as_a_checkpost() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long coded = merger.create(attack("Checkpost (Afghan National Army)", 7), record("r1")).incidentId();

      assertThat(merger.bestMatch(attack("military bases", 7), LABEL, Set.of(), null))
          .hasValueSatisfying(m -> assertThat(m.incidentId()).isEqualTo(coded));
    }
  }

  @Test
  void a_report_prefers_the_look_alike_record_that_names_its_own_kind_of_site() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long post = merger.create(attack("Checkpost (Afghan National Army)", 7), record("r1")).incidentId();
      long base = merger.create(attack("Base (Afghan National Army)", 7), record("r2")).incidentId();

      var ranked = merger.ranked(attack("military base", 7), LABEL, Set.of(), null, 2);
      assertThat(ranked).extracting(Match::incidentId).containsExactly(base, post);
      assertThat(ranked.get(0).evidence()).isGreaterThan(ranked.get(1).evidence());
    }
  }

  @Test
  void two_reports_naming_a_base_and_an_outpost_stay_two_attacks() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      merger.create(attack("security outpost", 7), report(store, "a"));

      assertThat(merger.bestMatch(attack("military base", 7), LABEL, Set.of(), null)).isEmpty();
    }
  }
}
