package org.vigil.access;

import java.time.Instant;
import java.util.Optional;
import org.vigil.store.AccessStore;
import org.vigil.store.ApiKeyRow;
import org.vigil.store.UserRow;

/**
 * What {@link Authenticator} reads of users and keys, and the one thing it writes. Each call
 * stands alone, so that a server can run them as short reads and a rare write, with the password
 * check between them and outside any database lock.
 */
public interface Accounts {

  Optional<UserRow> user(String name);

  Optional<UserRow> user(long id);

  Optional<ApiKeyRow> key(String prefix);

  /** A key and its user (empty when there is no such user). */
  record KeyOwner(ApiKeyRow key, Optional<UserRow> user) {}

  /** The key with {@code prefix} and its user, read together where the store can (one read of the server's store). */
  default Optional<KeyOwner> keyOwner(String prefix) {
    return key(prefix).map(k -> new KeyOwner(k, user(k.userId())));
  }

  /** Records that the key with {@code prefix} was used in the minute of {@code now}. */
  void keyUsed(String prefix, Instant now);

  /** The accounts of a store used by one thread (the CLI, tests). */
  static Accounts of(AccessStore access) {
    return new Accounts() {
      @Override
      public Optional<UserRow> user(String name) {
        return access.findUser(name);
      }

      @Override
      public Optional<UserRow> user(long id) {
        return access.findUser(id);
      }

      @Override
      public Optional<ApiKeyRow> key(String prefix) {
        return access.findKey(prefix);
      }

      @Override
      public void keyUsed(String prefix, Instant now) {
        access.keyUsed(prefix, now);
      }
    };
  }
}
