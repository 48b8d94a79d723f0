package org.vigil.ingest;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.ISIS_7;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/**
 * Re-extraction with a newer engine keeps analysts' values. The "older engine" is simulated by
 * rewriting the stored values of a source; re-extraction then brings the current engine's values.
 */
class ReextractTest {

  @TempDir Path dir;

  @Test
  void a_newer_engine_updates_machine_values_keeps_the_analysts_and_lists_the_conflict() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2);
      long id = store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 1, 0).get(0).id();
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      SourceRow latest = store.sources().ofIncident(Viewer.OPERATOR, id).get(1);
      store.inTransaction(() -> {
        store.sources().updateValues(latest.id(), latest.valuesJson().replace("\"killed\":{\"value\":17", "\"killed\":{\"value\":99"));
        merger.refresh(id);
        store.reviews().put(new Review(id, "killed", "set", "{\"value\":21,\"qualifier\":\"exact\"}", Instant.now().toString()));
        store.reviews().put(new Review(id, "type", "confirm", "\"bombing\"", Instant.now().toString()));
        merger.refresh(id);
        return null;
      });
      assertThat(store.incidents().byId(Viewer.OPERATOR, id).orElseThrow().machineJson()).contains("\"killed\":{\"value\":99");

      Reextractor.Result r = new Reextractor(store, KnowledgeBase.ENGINE, merger, KnowledgeBase.REGISTRIES.groups(), 10).run();

      assertThat(r.reports()).isEqualTo(2);
      assertThat(r.conflicts()).extracting(Object::toString).containsExactly("incident " + id
          + " killed: analyst {\"value\":21,\"qualifier\":\"exact\"}, engine now {\"value\":17,\"qualifier\":\"at_least\"}"
          + " (was {\"value\":99,\"qualifier\":\"at_least\"})");
      var after = store.incidents().byId(Viewer.OPERATOR, id).orElseThrow();
      assertThat(after.machineJson()).contains("\"killed\":{\"value\":17");
      assertThat(after.killed()).as("the analyst's value stands").isEqualTo(21);
      assertThat(store.stats(Viewer.OPERATOR).incidents()).isEqualTo(1);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, id)).hasSize(2);
    }
  }

  @Test
  void an_analysts_split_and_merge_survive_re_extraction() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, LOCAL_2, ISIS_7);
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long hotel = incidentOf(store, "wire-1");
      long claimedByOthers = incidentOf(store, "isis-7");
      assertThat(incidentOf(store, "local-2")).isEqualTo(hotel);
      assertThat(claimedByOthers).as("another group's claim is another incident to the engine").isNotEqualTo(hotel);
      long split = store.inTransaction(() -> merger.split(hotel, sourceOf(store, hotel, "local-2").id()));
      store.inTransaction(() -> {
        merger.mergeInto(hotel, claimedByOthers, "one bombing, claimed by two groups");
        return null;
      });

      new Reextractor(store, KnowledgeBase.ENGINE, merger, KnowledgeBase.REGISTRIES.groups(), 10).run();

      assertThat(incidentOf(store, "local-2")).as("the update the analyst split off stays apart").isEqualTo(split);
      assertThat(incidentOf(store, "isis-7")).as("the claim the analyst merged stays merged").isEqualTo(hotel);
      assertThat(incidentOf(store, "wire-1")).isEqualTo(hotel);
      assertThat(store.stats(Viewer.OPERATOR).incidents()).isEqualTo(2);
    }
  }

  private static long incidentOf(Store store, String extId) {
    return store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 100, 0).stream()
        .filter(i -> store.sources().ofIncident(Viewer.OPERATOR, i.id()).stream()
            .anyMatch(s -> s.reportId() != null && store.reports().byId(Viewer.OPERATOR, s.reportId())
                .map(r -> r.extId().equals(extId)).orElse(false)))
        .findFirst().orElseThrow().id();
  }

  private static SourceRow sourceOf(Store store, long incident, String extId) {
    return store.sources().ofIncident(Viewer.OPERATOR, incident).stream()
        .filter(s -> store.reports().byId(Viewer.OPERATOR, s.reportId()).map(r -> r.extId().equals(extId))
            .orElse(false))
        .findFirst().orElseThrow();
  }
}
