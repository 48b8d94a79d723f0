package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;

/**
 * The last (first) version and the latest spec version of an object are chosen among the
 * versions the reader may see: a newer version the reader may not see neither shows nor hides
 * the one it may.
 */
class VisibleVersionsTest {

  private static final String ID = "malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc";

  @TempDir Path dir;

  @Test
  void a_hidden_newer_version_leaves_the_visible_older_one_as_the_last() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long[] orgs = fill(store);
      long producer = orgs[0];
      long reader = orgs[1];
      assertThat(versions(store, reader, List.of(), List.of())).containsExactly("2.1 2024-01-02");
      assertThat(versions(store, producer, List.of(), List.of())).containsExactly("2.1 2024-01-03");
      assertThat(versions(store, reader, List.of("first"), List.of())).containsExactly("2.1 2024-01-01");
      assertThat(versions(store, reader, List.of("first", "last"), List.of()))
          .containsExactly("2.1 2024-01-01", "2.1 2024-01-02");
      assertThat(versions(store, reader, List.of("all"), List.of()))
          .containsExactly("2.1 2024-01-01", "2.1 2024-01-02");
    }
  }

  @Test
  void a_hidden_newer_spec_version_leaves_the_visible_older_one_as_the_latest() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long[] orgs = fill(store);
      long producer = orgs[0];
      long reader = orgs[1];
      store.inTransaction(() -> {
        store.objects().insert(version(producer, "2.0", "2024-01-04", Tlp.GREEN, 4));
        store.objects().insert(version(producer, "2.2", "2024-01-05", Tlp.RED, 5));
        return null;
      });
      assertThat(versions(store, reader, List.of(), List.of())).containsExactly("2.1 2024-01-02");
      assertThat(versions(store, producer, List.of(), List.of())).containsExactly("2.2 2024-01-05");
      assertThat(versions(store, reader, List.of("last"), List.of("2.0", "2.1", "2.2")))
          .containsExactly("2.0 2024-01-04");
      assertThat(versions(store, reader, List.of("last"), List.of("2.1"))).containsExactly("2.1 2024-01-02");
    }
  }

  /** Three versions of one object: GREEN, GREEN and RED, all by the producer; a reader that may read the collection. */
  private static long[] fill(Store store) {
    return store.inTransaction(() -> {
      long producer = store.access().createOrganisation("producer").id();
      long reader = store.access().createOrganisation("reader").id();
      store.collections().putApiRoot(new ApiRootRow("r", "Root", null, 10_000_000));
      store.collections().addCollection(new CollectionRow("c1", "r", "Objects", null, null,
          List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), Tlp.GREEN.ordinal(), true, true));
      store.collections().grant("c1", producer, true, true);
      store.collections().grant("c1", reader, true, false);
      store.objects().insertAll(List.of(version(producer, "2.1", "2024-01-01", Tlp.GREEN, 1),
          version(producer, "2.1", "2024-01-02", Tlp.GREEN, 2), version(producer, "2.1", "2024-01-03", Tlp.RED, 3)));
      return new long[] {producer, reader};
    });
  }

  private static StoredObject version(long org, String spec, String day, Tlp tlp, int added) {
    String at = day + "T00:00:00.000Z";
    return new StoredObject(0, "c1", ID, "malware", at, at, spec, "2024-02-0" + added + "T00:00:00.000000Z",
        tlp.ordinal(), org, "{\"type\":\"malware\",\"id\":\"" + ID + "\",\"modified\":\"" + at + "\"}");
  }

  /** "SPEC DAY" of each version the query finds, by date added. */
  private static List<String> versions(Store store, long viewer, List<String> versions, List<String> specs) {
    return store.objects().find(new ObjectQuery("c1", viewer, null, List.of(), List.of(), versions, specs, null, 100))
        .stream().map(o -> o.specVersion() + " " + o.version().substring(0, 10)).toList();
  }
}
