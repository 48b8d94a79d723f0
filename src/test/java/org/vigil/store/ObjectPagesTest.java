package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;
import org.vigil.taxii.Stored;

/**
 * TAXII object pages come from the index on (collection, date_added, seq), by
 * {@code added_after} and by {@code next}, never from a scan of the collection; objects are
 * written in JDBC batches and a refused one is named while nothing of its batch is kept.
 */
class ObjectPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void pages_by_added_after_and_by_next_read_the_date_added_index_on_sqlite() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long org = fill(store, 1_200);
      ObjectQuery afterDate = query(org, dateAdded(store, 600), null);
      ObjectQuery afterPage = query(org, null, position(store, 700));
      for (ObjectQuery q : List.of(afterDate, afterPage)) {
        List<String> plan = store.objects().plan(q);
        assertThat(plan).as("plan of %s", q).anyMatch(l -> l.startsWith("SEARCH a USING INDEX stix_objects_added "
            + "(collection_id=? AND date_added>"));
        assertThat(plan).as("plan of %s", q).noneMatch(l -> l.startsWith("SCAN a"));
      }
    }
  }

  @Test
  void following_next_reads_every_object_once_in_order() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long org = fill(store, 1_200);
      List<String> seen = new ArrayList<>();
      ObjectQuery.Position after = null;
      while (true) {
        List<StoredObject> page = store.objects().find(query(org, null, after));
        if (page.isEmpty()) {
          break;
        }
        page.forEach(o -> seen.add(o.stixId()));
        StoredObject last = page.get(page.size() - 1);
        after = new ObjectQuery.Position(last.dateAdded(), last.seq());
      }
      assertThat(seen).hasSize(1_200).doesNotHaveDuplicates().startsWith(id(0)).endsWith(id(1_199));
    }
  }

  @Test
  void a_refused_object_in_a_batch_is_named_and_none_of_the_batch_is_kept() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long org = fill(store, 10);
      CollectionRow c = store.collections().all().get(0);
      List<StoredObject> batch = new ArrayList<>();
      for (int i = 10; i < 1_200; i++) {
        batch.add(object(c, org, i));
      }
      batch.set(700, object(c, org, 3)); // the same version of an object already stored
      assertThatThrownBy(() -> store.inTransaction(() -> {
        store.objects().insertAll(batch);
        return null;
      })).isInstanceOf(StoreException.class).hasMessageContaining("item 701 of 1190").hasMessageContaining(id(3));
      assertThat(store.objects().all(c.id())).hasSize(10);
    }
  }

  @Test
  @Tag("postgres")
  void pages_by_added_after_and_by_next_read_the_date_added_index_on_postgresql() throws Exception {
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL could not start here: " + e);
      return;
    }
    String url = "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/postgres";
    try (pg; SqlStore store = SqlStore.open(Database.parse(url))) {
      long org = fill(store, 1_200);
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
          "postgres", "postgres"); Statement st = c.createStatement()) {
        st.execute("ANALYZE stix_objects");
      }
      for (ObjectQuery q : List.of(query(org, dateAdded(store, 600), null),
          query(org, null, position(store, 700)))) {
        List<String> plan = store.objects().plan(q);
        assertThat(plan).as("plan of %s", q).anyMatch(l -> l.contains("Index Scan using stix_objects_added on "
            + "stix_objects a"));
        assertThat(plan).as("plan of %s", q).noneMatch(l -> l.contains("Seq Scan on stix_objects a"));
      }
    }
  }

  private static ObjectQuery query(long org, String addedAfter, ObjectQuery.Position after) {
    return new ObjectQuery("c1", org, addedAfter, List.of(), List.of(), List.of(), List.of(), after, 101);
  }

  private static String dateAdded(Store store, int index) {
    return store.objects().all("c1").get(index).dateAdded();
  }

  private static ObjectQuery.Position position(Store store, int index) {
    StoredObject o = store.objects().all("c1").get(index);
    return new ObjectQuery.Position(o.dateAdded(), o.seq());
  }

  /** A collection c1 that one organisation reads, holding {@code n} objects it added; returns the organisation. */
  private static long fill(Store store, int n) {
    return store.inTransaction(() -> {
      long org = store.access().createOrganisation("producer").id();
      store.collections().putApiRoot(new ApiRootRow("r", "Root", null, 10_000_000));
      CollectionRow c = new CollectionRow("c1", "r", "Objects", null, null,
          List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), Tlp.GREEN.ordinal(), true, true);
      store.collections().addCollection(c);
      store.collections().grant("c1", org, true, true);
      List<StoredObject> objects = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        objects.add(object(c, org, i));
      }
      store.objects().insertAll(objects);
      return org;
    });
  }

  private static StoredObject object(CollectionRow c, long org, int i) {
    Instant at = START.plusSeconds(i);
    return Stored.of(JSON.createObjectNode().put("type", "identity").put("spec_version", "2.1").put("id", id(i))
        .put("created", at.toString()).put("modified", at.toString()).put("name", "Organisation " + i)
        .put("identity_class", "organization"), c, org, at);
  }

  private static String id(int i) {
    return String.format("identity--00000000-0000-4000-8000-%012d", i);
  }
}
