package org.vigil.ingest;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.COPY_3;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.store.IncidentFilter;
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
      assertThat(store.stats(Viewer.OPERATOR)).isEqualTo(new Stats(4, 2, 1, 4, 2));
      IncidentRow hotel = store.incidents().query(Viewer.OPERATOR, new IncidentFilter(java.util.List.of("al-shabaab"), "SO",
          "bombing", "2024-03-01", "2024-03-31", new IncidentFilter.Box(1, 3, 44, 46)), 10, 0).get(0);
      assertThat(hotel.killed()).isEqualTo(17);
    }
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
