package org.vigil.web;

import java.time.Instant;
import java.util.Optional;
import org.vigil.access.Accounts;
import org.vigil.store.ApiKeyRow;
import org.vigil.store.UserRow;

/** The accounts of the shared store: each lookup a read of its own, the key's use a short write. */
public final class SharedAccounts implements Accounts {

  private final SharedStore store;

  public SharedAccounts(SharedStore store) {
    this.store = store;
  }

  @Override
  public Optional<UserRow> user(String name) {
    return store.read(s -> s.access().findUser(name));
  }

  @Override
  public Optional<UserRow> user(long id) {
    return store.read(s -> s.access().findUser(id));
  }

  @Override
  public Optional<ApiKeyRow> key(String prefix) {
    return store.read(s -> s.access().findKey(prefix));
  }

  /** One read for both: a request's authentication takes one read transaction, not two. */
  @Override
  public Optional<KeyOwner> keyOwner(String prefix) {
    return store.read(s -> s.access().findKey(prefix).map(k -> new KeyOwner(k, s.access().findUser(k.userId()))));
  }

  /** Skipped while another write is in progress: a request never waits to record this. */
  @Override
  public void keyUsed(String prefix, Instant now) {
    store.callIfFree(s -> s.access().keyUsed(prefix, now));
  }
}
