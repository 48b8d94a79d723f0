package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;
import org.vigil.store.Viewer;
import org.vigil.taxii.Stored;

/**
 * The knowledge base {@code vigil bench-serve} serves: generated incidents, a collection of
 * generated TAXII objects, an organisation that reads it, a user who signs in with a password
 * and a user with an API key. A directory kept with {@code --keep} carries a mark of what it
 * was filled with ({@value #MARK}), written once the fill is complete, so that a later run
 * asking for the same counts serves it again without filling, and one asking for others is
 * refused rather than measured on the wrong store.
 */
final class BenchStore {

  static final String COLLECTION = "bench-objects";
  static final String PASSWORD_USER = "bench-password";
  /** Generated for a throwaway store on the loopback address. */
  static final String PASSWORD = "a benchmark password, never reused";
  /** The file in a kept directory that says what it was filled with. */
  static final String MARK = "bench-serve.properties";
  /** Objects written in one transaction while filling. */
  private static final int FILL_BATCH = 20_000;
  private static final String ORGANISATION = "bench";

  private BenchStore() {}

  /**
   * The counts a kept directory was filled with, when its mark says; empty when it has none.
   *
   * @throws UserError when the mark names other counts than {@code incidents} and {@code objects}
   */
  static Optional<long[]> filledBefore(Path dir, long incidents, long objects) {
    Path mark = dir.resolve(MARK);
    if (!Files.exists(mark)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(mark, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UserError("--keep: cannot read " + mark + ": " + e.getMessage());
    }
    String want = incidents + " incidents and " + objects + " objects";
    String had = p.getProperty("incidents") + " incidents and " + p.getProperty("objects") + " objects";
    if (!want.equals(had)) {
      throw new UserError("--keep: " + dir + " was filled with " + had + ", not the " + want + " asked for; give "
          + "those counts or another directory");
    }
    return Optional.of(new long[] {incidents, objects});
  }

  /** Writes the mark of a complete fill into the kept directory. */
  static void mark(Path dir, long incidents, long objects) throws IOException {
    Properties p = new Properties();
    p.setProperty("incidents", Long.toString(incidents));
    p.setProperty("objects", Long.toString(objects));
    try (Writer w = Files.newBufferedWriter(dir.resolve(MARK), StandardCharsets.UTF_8)) {
      p.store(w, "filled by vigil bench-serve");
    }
  }

  /** Whether {@code store} holds nothing the benchmark would add to or be confused by. */
  static boolean empty(Store store) {
    return store.collections().all().stream().noneMatch(c -> c.id().equals(COLLECTION))
        && store.stats(Viewer.OPERATOR).incidents() == 0;
  }

  /** Fills an empty store with {@code incidents} incidents and {@code objects} objects and the two users. */
  static void fill(Store store, int incidents, int objects) {
    QueryLoad.fill(store, incidents, 1);
    fillObjects(store, objects);
    store.inTransaction(() -> {
      long org = store.access().findOrganisation(ORGANISATION).orElseThrow().id();
      store.access().createUser(org, PASSWORD_USER, Role.ANALYST.label(), Passwords.hash(PASSWORD));
      return null;
    });
  }

  /**
   * Adds a user of the benchmark's organisation with a new API key, in a store filled by
   * {@link #fill} in this run or an earlier one; returns the key.
   */
  static String newKey(Store store) {
    return store.inTransaction(() -> {
      long org = store.access().findOrganisation(ORGANISATION).orElseThrow().id();
      long user = store.access().createUser(org, "bench-" + UUID.randomUUID(), Role.ANALYST.label(), null).id();
      ApiKeys.NewKey k = ApiKeys.generate();
      store.access().addKey(user, k.prefix(), k.hash(), null);
      return k.key();
    });
  }

  /** Adds the collection, {@code n} objects in it, and the organisation that reads it. */
  private static void fillObjects(Store store, int n) {
    ObjectMapper mapper = new ObjectMapper();
    CollectionRow c = new CollectionRow(COLLECTION, "bench", "Generated objects", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), Tlp.GREEN.ordinal(), true, false);
    long org = store.inTransaction(() -> {
      long o = store.access().createOrganisation(ORGANISATION).id();
      store.collections().putApiRoot(new ApiRootRow("bench", "Benchmark", null, 10_000_000));
      store.collections().addCollection(c);
      store.collections().grant(COLLECTION, o, true, false);
      return o;
    });
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int from = 0; from < n; from += FILL_BATCH) {
      int first = from;
      store.inTransaction(() -> {
        List<StoredObject> batch = new ArrayList<>();
        for (int i = first; i < Math.min(n, first + FILL_BATCH); i++) {
          Instant at = start.plusSeconds(i);
          ObjectNode o = mapper.createObjectNode().put("type", "identity").put("spec_version", "2.1")
              .put("id", "identity--" + UUID.nameUUIDFromBytes(("bench " + i).getBytes(StandardCharsets.UTF_8)))
              .put("created", at.toString()).put("modified", at.toString()).put("name", "Organisation " + i)
              .put("identity_class", "organization");
          batch.add(Stored.of(o, c, org, at));
        }
        store.objects().insertAll(batch);
        return null;
      });
    }
  }
}
