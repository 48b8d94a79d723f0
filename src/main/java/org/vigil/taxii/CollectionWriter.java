package org.vigil.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.stix.Versions;
import org.vigil.store.AddedClock;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.store.StoredObject;

/**
 * Adds object versions to one collection as one organisation's, for TAXII POSTs,
 * {@code vigil import --collection} and {@code vigil admin publish} alike. A version is refused,
 * with the reason, when it is marked above the collection's highest TLP level, when the object
 * belongs to another organisation (the one that added its first version: an object's versions
 * are its producer's), when its {@code created_by_ref} differs from the earlier versions', or when
 * the same version is already there with other content. Each version gets a {@code date_added}
 * later than every other in the collection ({@link AddedClock}). The versions accepted are
 * written in JDBC batches by {@link #flush} (later checks see them before that); use inside one
 * transaction and flush before it ends. Not thread-safe.
 */
final class CollectionWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Accepted versions held before they are written in one go. */
  private static final int FLUSH_AT = 5_000;

  private final Store store;
  private final CollectionRow collection;
  private final long org;
  private final AddedClock clock;
  /** Versions accepted and not yet written, in order, and the same by object id. */
  private final List<StoredObject> pending = new ArrayList<>();
  private final Map<String, List<StoredObject>> pendingById = new HashMap<>();

  CollectionWriter(Store store, CollectionRow collection, long org) {
    this.store = store;
    this.collection = collection;
    this.org = org;
    this.clock = store.objects().clock(collection.id());
  }

  /**
   * Adds the version, entered at {@code now} or just after the collection's latest.
   *
   * @return the stored version, or empty when the collection already holds this very content
   * @throws IllegalArgumentException saying why the version is refused; nothing was stored
   */
  Optional<StoredObject> add(ObjectNode json, Instant now) {
    return add(StixObject.of(json), now);
  }

  /** {@link #add(ObjectNode, Instant)} for an object already read. */
  Optional<StoredObject> add(StixObject o, Instant now) {
    return add(o, versionsOf(o.id()), now);
  }

  /**
   * Adds {@code candidate} as the organisation's next version of its object ({@link Versions#next}:
   * unchanged content keeps the latest version it added, changed content gets a later one).
   *
   * @return the stored version, or empty when the collection already holds this very content
   * @throws IllegalArgumentException saying why the version is refused; nothing was stored
   */
  Optional<StoredObject> addNextVersion(StixObject candidate, Instant now) {
    List<StoredObject> versions = versionsOf(candidate.id());
    return add(Versions.next(latestOwn(versions), candidate), versions, now);
  }

  private Optional<StoredObject> add(StixObject o, List<StoredObject> versions, Instant now) {
    StoredObject s = Stored.of(o, collection, org, clock.next(now));
    if (s.tlp() > collection.maxTlp()) {
      throw new IllegalArgumentException(s.stixId() + " is marked " + label(s.tlp())
          + " (an object without a TLP marking counts as the collection's default, " + label(collection.defaultTlp())
          + "), above the highest level of collection " + collection.id() + ", " + label(collection.maxTlp()));
    }
    if (versions.stream().anyMatch(v -> parse(v.json()).equals(o))) {
      return Optional.empty();
    }
    if (!versions.isEmpty() && versions.get(0).ownerOrg() != org) {
      throw new IllegalArgumentException(s.stixId() + " belongs to the organisation that added its first version to "
          + "collection " + collection.id() + "; only it may add versions of it (use a new id for your own object)");
    }
    if (!versions.isEmpty() && !Objects.equals(versions.get(0).createdBy(), s.createdBy())) {
      throw new IllegalArgumentException(s.stixId() + " was created by " + versions.get(0).createdBy()
          + "; a version created by " + s.createdBy() + " is not a version of the same object");
    }
    if (versions.stream().anyMatch(v -> v.versionKey().equals(s.versionKey()) && v.specVersion().equals(s.specVersion()))) {
      throw new IllegalArgumentException(s.stixId() + " version " + s.version() + " is already in collection "
          + collection.id() + " with other content; a changed object needs a later \"modified\"");
    }
    pending.add(s);
    pendingById.computeIfAbsent(s.stixId(), k -> new ArrayList<>()).add(s);
    if (pending.size() >= FLUSH_AT) {
      flush();
    }
    return Optional.of(s);
  }

  /**
   * Writes the versions accepted since the last flush.
   *
   * @throws org.vigil.store.StoreException naming the version the database refused; roll back
   */
  void flush() {
    store.objects().insertAll(pending);
    pending.clear();
    pendingById.clear();
  }

  /** Versions already stored of {@code id} and those accepted since the last flush, oldest first. */
  private List<StoredObject> versionsOf(String id) {
    List<StoredObject> stored = store.objects().versionsOf(collection.id(), id);
    List<StoredObject> waiting = pendingById.getOrDefault(id, List.of());
    if (waiting.isEmpty()) {
      return stored;
    }
    List<StoredObject> all = new ArrayList<>(stored);
    all.addAll(waiting);
    return all;
  }

  /** The latest of {@code versions} that this organisation added, if any. */
  private Optional<StixObject> latestOwn(List<StoredObject> versions) {
    return versions.stream().filter(v -> v.ownerOrg() == org)
        .max(Comparator.comparing(StoredObject::versionKey)).map(v -> parse(v.json()));
  }

  private static String label(int rank) {
    return "TLP:" + Tlp.values()[rank].label().toUpperCase(Locale.ROOT);
  }

  private static StixObject parse(String json) {
    try {
      return StixObject.ofOwned((ObjectNode) JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored object is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
