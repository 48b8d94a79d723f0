package org.vigil.web;

import java.util.function.Function;
import org.vigil.store.Store;

/**
 * The one store of the server, used by one request at a time: the store is not thread-safe and
 * SQLite writes one transaction at a time anyway. Each call runs in a transaction. Thread-safe.
 */
public final class SharedStore {

  private final Store store;

  public SharedStore(Store store) {
    this.store = store;
  }

  /** Runs {@code work} on the store, alone and in one transaction. */
  public synchronized <T> T call(Function<Store, T> work) {
    return store.inTransaction(() -> work.apply(store));
  }
}
