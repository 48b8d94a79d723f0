package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;

/** Publishing many objects writes them all, several batches at a time, or none of them. */
class PublisherTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void every_object_of_a_large_publication_is_stored_and_audited_and_unchanged_ones_stay() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      CollectionRow c = collection(store);
      long org = store.access().findOrganisation("producer").orElseThrow().id();
      List<StixObject> objects = objects(0, 6_000, -1);

      assertThat(Publisher.publish(store, c, org, "cli", objects, NOW)).isEqualTo(new Publisher.Result(6_000, 0));
      assertThat(store.objects().all(c.id())).hasSize(6_000).extracting(o -> o.stixId())
          .containsExactlyElementsOf(objects.stream().map(StixObject::id).toList());
      assertThat(store.audit().latest(10_000)).hasSize(6_000).allMatch(e -> e.action().equals("publish.add"));

      assertThat(Publisher.publish(store, c, org, "cli", objects, NOW)).isEqualTo(new Publisher.Result(0, 6_000));
      assertThat(store.objects().all(c.id())).hasSize(6_000);
    }
  }

  @Test
  void a_refused_object_late_in_a_publication_is_named_and_nothing_of_it_is_kept() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      CollectionRow c = collection(store);
      long org = store.access().findOrganisation("producer").orElseThrow().id();
      Publisher.publish(store, c, org, "cli", objects(0, 10, -1), NOW);
      List<StixObject> next = objects(10, 6_000, 5_900);

      assertThatThrownBy(() -> Publisher.publish(store, c, org, "cli", next, NOW))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(next.get(5_890).id())
          .hasMessageContaining("TLP:RED");
      assertThat(store.objects().all(c.id())).hasSize(10);
      assertThat(store.audit().latest(10_000)).hasSize(10);
    }
  }

  /** A collection up to AMBER that organisation "producer" writes. */
  private static CollectionRow collection(Store store) {
    long org = store.access().createOrganisation("producer").id();
    store.collections().putApiRoot(new ApiRootRow("r", "Root", null, 10_000_000));
    CollectionRow c = new CollectionRow("c1", "r", "Published", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.AMBER.ordinal(), Tlp.GREEN.ordinal(), true, true);
    store.collections().addCollection(c);
    store.collections().grant("c1", org, true, true);
    return c;
  }

  /** Identities {@code from} to {@code to} - 1; the one numbered {@code red} is marked TLP:RED. */
  private static List<StixObject> objects(int from, int to, int red) {
    List<StixObject> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ObjectNode o = JSON.createObjectNode().put("type", "identity").put("spec_version", "2.1")
          .put("id", String.format("identity--00000000-0000-4000-8000-%012d", i))
          .put("created", "2025-01-01T00:00:00.000Z").put("modified", "2025-01-01T00:00:00.000Z")
          .put("name", "Organisation " + i).put("identity_class", "organization");
      if (i == red) {
        o.putArray("object_marking_refs").add(Tlp.RED.markingId());
      }
      out.add(StixObject.of(o));
    }
    return out;
  }
}
