package org.vigil.ingest;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.COPY_3;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.RECALL_6;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.query.IncidentViews;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentLink;
import org.vigil.store.LinkStore;
import org.vigil.store.Ownership;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.Stats;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;

/** What every database behind the store must do the same way; run on SQLite and PostgreSQL. */
abstract class KnowledgeBaseContract {

  @TempDir Path dir;

  /** A fresh, empty, migrated store with the registry's groups. */
  abstract Store freshStore();

  @Test
  void ingest_dedups_links_near_duplicates_merges_follow_ups_and_counts() throws IOException {
    try (Store store = freshStore()) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2, COPY_3, OTHER_4);
      IngestSummary again = KnowledgeBase.ingest(store, dir, "b.jsonl", WIRE_1);

      assertThat(again.duplicates()).isEqualTo(1);
      assertThat(store.stats(Viewer.OPERATOR)).isEqualTo(new Stats(4, 2, 1, 4, 2, 0));
      IncidentRow hotel = store.incidents().query(Viewer.OPERATOR, new IncidentFilter(java.util.List.of("al-shabaab"), "SO",
          "bombing", "2024-03-01", "2024-03-31", new IncidentFilter.Box(1, 3, 44, 46)), 10, 0).get(0);
      assertThat(hotel.killed()).isEqualTo(17);
    }
  }

  @Test
  void each_organisation_reads_what_the_access_model_lets_it_and_a_mixed_incident_as_it_may() throws IOException {
    try (Store store = freshStore()) {
      long a = store.access().createOrganisation("a").id();
      long p = store.access().createOrganisation("p").id();
      long s = store.access().createOrganisation("s").id();
      store.access().addPartner(a, p, org.vigil.stix.Tlp.AMBER);
      KnowledgeBase.ingest(store, dir, "public.jsonl", WIRE_1);
      Ingester ingester = KnowledgeBase.ingester(store, IngestSettings.defaults());
      ingester.ingestReports(reports(LOCAL_2), "a", org.vigil.store.Ownership.of(a, org.vigil.stix.Tlp.AMBER));
      ingester.ingestReports(reports(OTHER_4), "a", org.vigil.store.Ownership.of(a, org.vigil.stix.Tlp.RED));

      assertThat(store.stats(Viewer.of(a)).incidents()).isEqualTo(2);
      assertThat(store.stats(Viewer.of(p)).incidents()).isEqualTo(1);
      assertThat(store.stats(Viewer.of(s))).isEqualTo(new Stats(1, 1, 1, 1, 0, 0));
      long hotel = store.incidents().query(Viewer.of(s), IncidentFilter.all(), 10, 0).get(0).id();
      assertThat(store.incidents().byId(Viewer.of(a), hotel).orElseThrow().killed()).isEqualTo(17);
      assertThat(store.incidents().byId(Viewer.of(p), hotel).orElseThrow().killed()).isEqualTo(17);
      assertThat(store.incidents().byId(Viewer.of(s), hotel).orElseThrow().killed()).isEqualTo(12);
      assertThat(store.sources().ofIncident(Viewer.of(s), hotel)).hasSize(1);
      assertThat(store.aggregates().points(Viewer.of(s), IncidentFilter.all(), 10)).singleElement()
          .satisfies(pt -> assertThat(pt.killed()).isEqualTo(12));
      assertThat(store.aggregates().topCountries(Viewer.of(p), IncidentFilter.all(), 10))
          .extracting(org.vigil.store.Aggregates.Bucket::key).containsExactly("SO");
      assertThat(store.reports().search(Viewer.of(s), "Mogadishu", 10)).extracting(StoredReport::extId)
          .containsExactly("wire-1");
      assertThat(store.reports().search(Viewer.of(p), "Kabul", 10)).isEmpty();
      assertThat(store.reports().search(Viewer.of(a), "Kabul", 10)).extracting(StoredReport::extId)
          .containsExactly("other-4");
      assertThat(store.groups().aliases(Viewer.of(s), java.util.List.of("al-shabaab")))
          .allSatisfy(u -> assertThat(u.reports()).containsOnly("wire-1"));
    }
  }

  @Test
  void related_incidents_merges_and_toll_histories_show_an_organisation_only_what_it_reads() throws IOException {
    try (Store store = freshStore()) {
      long a = store.access().createOrganisation("a").id();
      long s = store.access().createOrganisation("s").id();
      KnowledgeBase.ingest(store, dir, "public.jsonl", WIRE_1, RECALL_6);
      Ingester ingester = KnowledgeBase.ingester(store, IngestSettings.defaults());
      ingester.ingestReports(reports(LOCAL_2), "a", Ownership.of(a, Tlp.AMBER));
      ingester.ingestReports(reports(OTHER_4), "a", Ownership.of(a, Tlp.RED));
      long hotel = incidentOf(store, "wire-1");
      long kabul = incidentOf(store, "other-4");
      long nairobi = incidentOf(store, "recall-6");
      long secret = reportId(store, "other-4");
      store.links().link(kabul, hotel, "response_to", secret, "the raid in Kabul");
      store.links().link(nairobi, hotel, "response_to", secret, "words of the red report");

      assertThat(store.links().of(Viewer.of(a), hotel)).extracting(IncidentLink::evidence)
          .containsExactly("the raid in Kabul", "words of the red report");
      assertThat(store.links().of(Viewer.of(s), hotel)).as("the stranger reads neither Kabul nor the red report")
          .singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo(nairobi);
            assertThat(l.reportId()).isNull();
            assertThat(l.evidence()).isNull();
          });
      assertThat(tollReports(store, Viewer.of(s), hotel)).containsOnly("wire-1");
      assertThat(tollReports(store, Viewer.of(a), hotel)).contains("wire-1", "local-2");

      store.inTransaction(() -> {
        new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults())
            .mergeInto(hotel, kabul, "other-4 says the raid was the bombing");
        return null;
      });
      assertThat(store.links().mergedFrom(Viewer.of(a), hotel)).extracting(LinkStore.Merged::reason)
          .containsExactly("other-4 says the raid was the bombing");
      assertThat(store.links().mergedFrom(Viewer.of(s), hotel)).singleElement()
          .satisfies(m -> assertThat(m.reason()).isNull());
      assertThat(store.incidents().byId(Viewer.of(s), hotel).orElseThrow().killed()).isEqualTo(12);
    }
  }

  private static long reportId(Store store, String extId) {
    return store.reports().after(Viewer.OPERATOR, 0, 100).stream().filter(r -> r.extId().equals(extId)).findFirst()
        .orElseThrow().id();
  }

  private static long incidentOf(Store store, String extId) {
    return store.sources().ofReport(Viewer.OPERATOR, reportId(store, extId)).get(0).incidentId();
  }

  private static java.util.List<String> tollReports(Store store, Viewer viewer, long incident) {
    IncidentRow row = store.incidents().byId(viewer, incident).orElseThrow();
    java.util.List<String> out = new java.util.ArrayList<>();
    new IncidentViews(store, viewer).detail(row).path("tolls").path("killed").path("history")
        .forEach(e -> out.add(e.path("report").asText()));
    return out;
  }

  private static java.util.List<org.vigil.report.Report> reports(String record) throws IOException {
    var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record);
    return java.util.List.of(new org.vigil.report.Report(n.path("id").asText(), null, n.path("text").asText(),
        java.time.LocalDate.parse(n.path("published").asText()), n.path("source").asText(), null,
        org.vigil.report.SourceMap.identity()));
  }

  @Test
  void full_text_search_finds_reports_by_their_words() throws IOException {
    try (Store store = freshStore()) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, OTHER_4);

      assertThat(store.reports().search(Viewer.OPERATOR, "Kabul checkpoint", 10)).extracting(StoredReport::extId).containsExactly("other-4");
      assertThat(store.reports().search(Viewer.OPERATOR, "\"); DROP TABLE reports; --", 10)).isEmpty();
    }
  }

  @Test
  void reviews_are_kept_and_applied_and_groups_merge_and_split_with_history() throws IOException {
    try (Store store = freshStore()) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1);
      long id = store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 1, 0).get(0).id();
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      store.inTransaction(() -> {
        store.reviews().put(new Review(id, "killed", "set", "{\"value\":13,\"qualifier\":\"exact\"}", Instant.now().toString()));
        merger.refresh(id);
        return null;
      });
      assertThat(store.incidents().byId(Viewer.OPERATOR, id).orElseThrow().killed()).isEqualTo(13);

      store.groups().merge("al-shabaab", "islamic-state-somalia");
      assertThat(store.groups().mergedInto("al-shabaab")).extracting(g -> g.id()).containsExactly("islamic-state-somalia");
      store.groups().split("islamic-state-somalia", "al-shabaab");
      assertThat(store.groups().history("al-shabaab")).hasSize(2);
    }
  }

  @Test
  void a_failed_batch_leaves_nothing_behind() {
    try (Store store = freshStore()) {
      try {
        store.inTransaction(() -> {
          store.reports().insert(new StoredReport(0, "r", "h", "0".repeat(256), null, null, null, null, null, "o", "text", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN)),
              new long[] {1});
          throw new IllegalStateException("boom");
        });
      } catch (IllegalStateException expected) {
        // the batch failed
      }
      assertThat(store.stats(Viewer.OPERATOR).reports()).isZero();
    }
  }
}
