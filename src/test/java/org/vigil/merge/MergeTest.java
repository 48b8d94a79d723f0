package org.vigil.merge;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.ingest.KnowledgeBase.COPY_3;
import static org.vigil.ingest.KnowledgeBase.ISIS_7;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.RECALL_5;
import static org.vigil.ingest.KnowledgeBase.RECALL_6;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Review;
import org.vigil.store.Store;

/** Reports of the same incident become one record with every source; others stay apart. */
class MergeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static IncidentRow mogadishuHotel(Store store) {
    return incidents(store).stream().filter(i -> "SO".equals(i.countryCode()) && "bombing".equals(i.type())
        && "2024-03-09".equals(i.dateValue()) && "al-shabaab".equals(i.groupId())).findFirst().orElseThrow();
  }

  @Test
  void a_follow_up_with_a_new_toll_is_merged_and_the_most_recent_report_gives_the_figure() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2, OTHER_4);

      assertThat(incidents(store)).hasSize(2);
      IncidentRow hotel = mogadishuHotel(store);
      assertThat(hotel.killed()).isEqualTo(17);
      assertThat(hotel.wounded()).isEqualTo(25);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, hotel.id())).hasSize(2);
      JsonNode record = JSON.readTree(hotel.recordJson());
      assertThat(record.at("/casualties/killed/qualifier").asText()).isEqualTo("at_least");
      assertThat(record.at("/perpetrators/0/group").asText()).isEqualTo("Al-Shabaab");
    }
  }

  @Test
  void a_later_near_duplicate_does_not_count_as_a_source_for_casualty_figures() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      String lateCopy = COPY_3.replace("\"published\":\"2024-03-10\"", "\"published\":\"2024-03-14\"");
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2, lateCopy);

      IncidentRow hotel = mogadishuHotel(store);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, hotel.id())).extracting(SourceRow::counts).containsExactly(true, true, false);
      assertThat(hotel.killed()).as("the copy's 12 of 2024-03-14 is not the most recent figure").isEqualTo(17);
    }
  }

  @Test
  void the_same_kind_of_attack_by_another_group_on_the_same_day_stays_a_separate_incident() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, ISIS_7);

      assertThat(incidents(store)).extracting(IncidentRow::groupId)
          .containsExactlyInAnyOrder("al-shabaab", "islamic-state-somalia");
    }
  }

  @Test
  void an_attack_at_another_site_of_the_same_city_on_the_same_day_stays_a_separate_incident() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      String market = WIRE_1.replace("wire-1", "market-8").replace("outside a hotel", "outside a market")
          .replace("The hotel is popular with government officials and lawmakers", "The market is busy on weekends")
          .replace("12 people and wounding 20", "5 people and wounding 9");
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, market);

      assertThat(incidents(store)).extracting(IncidentRow::site).containsExactlyInAnyOrder("hotel", "market");
    }
  }

  @Test
  void shellings_of_one_city_reported_days_apart_stay_apart_unless_they_share_what_tells_one_event()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      String first = report("shell-1", "2024-05-02", "ADEN, Yemen (Example Wire) - Shells fired by the Houthis "
          + "struck houses in the Sheikh Othman district of Aden, wounding four civilians, residents said.");
      String daysLater = report("shell-2", "2024-05-04", "ADEN, Yemen (Example Wire) - Shells fired by the Houthis "
          + "hit a fishing harbour in Aden, killing one fisherman, officials said.");
      String update = report("shell-3", "2024-05-04", "ADEN, Yemen (Example Wire) - The toll from the Houthi "
          + "shelling of houses in the Sheikh Othman district of Aden has risen to two dead and four wounded.");
      KnowledgeBase.ingest(store, dir, "a.jsonl", first, daysLater, update);

      List<IncidentRow> all = incidents(store);
      assertThat(all).as("the harbour two days later is another shelling; the Sheikh Othman update is the first")
          .hasSize(2);
      assertThat(all).extracting(i -> store.sources().ofIncident(Viewer.OPERATOR, i.id()).size())
          .containsExactlyInAnyOrder(2, 1);
    }
  }

  private static String report(String id, String published, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"source\":\"Example Wire\",\"text\":\""
        + text + "\"}";
  }

  @Test
  void a_background_mention_links_to_the_stored_incident_or_creates_one_known_only_from_mentions()
      throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, RECALL_5, RECALL_6);

      IncidentRow hotel = mogadishuHotel(store);
      List<SourceRow> sources = store.sources().ofIncident(Viewer.OPERATOR, hotel.id());
      assertThat(sources).extracting(SourceRow::background).containsExactly(false, true);
      assertThat(hotel.backgroundOnly()).isFalse();
      assertThat(hotel.killed()).as("a mention is not a source for casualty figures").isEqualTo(12);
      IncidentRow kismayo = incidents(store).stream().filter(i -> "2024-01".equals(i.dateValue())).findFirst().orElseThrow();
      assertThat(kismayo.backgroundOnly()).isTrue();
    }
  }

  @Test
  void every_merge_is_explained_with_scores_and_a_split_undoes_it() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2);
      IncidentRow hotel = mogadishuHotel(store);
      SourceRow merged = store.sources().ofIncident(Viewer.OPERATOR, hotel.id()).get(1);
      JsonNode why = JSON.readTree(merged.explanation());
      assertThat(why.get("score").asDouble()).isGreaterThanOrEqualTo(MergeRules.defaults().minScore());
      assertThat(why.fieldNames()).toIterable().contains("type", "date", "place", "group", "casualties");
      assertThat(why.at("/group/why").asText()).isEqualTo("same group al-shabaab");

      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long fresh = store.inTransaction(() -> merger.split(hotel.id(), merged.id()));

      assertThat(incidents(store)).hasSize(2);
      assertThat(store.incidents().byId(Viewer.OPERATOR, hotel.id()).orElseThrow().killed()).isEqualTo(12);
      assertThat(store.incidents().byId(Viewer.OPERATOR, fresh).orElseThrow().killed()).isEqualTo(17);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, fresh)).extracting(SourceRow::explanation)
          .containsExactly("{\"created\":true,\"splitFrom\":" + hotel.id() + "}");
      assertThatThrownBy(() -> merger.split(fresh, merged.id()))
          .hasMessage("incident " + fresh + " has only one source; nothing to split");
    }
  }

  @Test
  void an_undated_recollection_joins_the_dated_record_when_group_place_and_toll_agree() throws IOException {
    String dated = "{\"id\":\"dated\",\"published\":\"2024-04-20\",\"text\":\"QOM, Iran (Example Wire) - Police arrested "
        + "three members of Islamic State Khorasan Province in Qom on Friday. The group was behind the twin bombings in "
        + "Kerman in January that killed more than 90 people.\"}";
    String undated = "{\"id\":\"undated\",\"text\":\"TEHRAN, Iran (Other Wire) - Islamic State Khorasan Province, "
        + "which was behind the twin bombings in Kerman that killed more than 90 people, has threatened new attacks.\"}";
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "recall.jsonl", dated, undated);

      List<IncidentRow> kerman = incidents(store).stream()
          .filter(i -> "bombing".equals(i.type()) && "IR".equals(i.countryCode())).toList();
      assertThat(kerman).hasSize(1);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, kerman.get(0).id())).hasSize(2);
      assertThat(kerman.get(0).dateValue()).isEqualTo("2024-01");
    }
  }

  @Test
  void merging_another_owners_incident_leaves_its_reviews_out_of_the_kept_record_and_says_so() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      long a = store.access().createOrganisation("a").id();
      long b = store.access().createOrganisation("b").id();
      var ingester = KnowledgeBase.ingester(store, org.vigil.ingest.IngestSettings.defaults());
      ingester.ingestReports(List.of(report(WIRE_1)), "a", Ownership.of(a, Tlp.AMBER));
      ingester.ingestReports(List.of(report(OTHER_4)), "b", Ownership.of(b, Tlp.RED));
      long hotel = mogadishuHotel(store).id();
      long kabul = incidents(store).stream().filter(i -> i.id() != hotel).findFirst().orElseThrow().id();
      store.reviews().put(new Review(kabul, "killed", "set", "44", "2024-03-11T00:00:00Z"));

      store.inTransaction(() -> {
        new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()).mergeInto(hotel, kabul, "test");
        return null;
      });

      assertThat(store.reviews().ofIncident(hotel)).as("b's analysts' review is not a's").isEmpty();
      assertThat(store.incidents().byId(Viewer.OPERATOR, hotel).orElseThrow().killed()).isNotEqualTo(44);
      assertThat(store.links().mergedFrom(Viewer.OPERATOR, hotel)).singleElement()
          .satisfies(m -> assertThat(m.reason()).startsWith("test; its analysts' reviews were not carried over"));
    }
  }

  private static org.vigil.report.Report report(String record) throws IOException {
    JsonNode n = JSON.readTree(record);
    return new org.vigil.report.Report(n.path("id").asText(), null, n.path("text").asText(),
        java.time.LocalDate.parse(n.path("published").asText()), n.path("source").asText(), null,
        org.vigil.report.SourceMap.identity());
  }
}
