package org.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;

/**
 * A key sent on every request is hashed once, and remembering it changes nothing of who gets in:
 * a revoked key, a disabled user and a wrong secret under a remembered prefix are refused on
 * the very next request.
 */
class VerifiedKeysTest {

  @TempDir Path dir;

  @Test
  void a_key_used_again_is_not_hashed_again_and_a_revoked_one_is_refused_at_once() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      ApiKeys.NewKey k = key(store, "ann");
      AtomicInteger hashed = new AtomicInteger();
      VerifiedKeys keys = new VerifiedKeys(16, key -> {
        hashed.incrementAndGet();
        return ApiKeys.hash(key);
      });
      for (int i = 0; i < 3; i++) {
        assertThat(bearer(store, keys, k.key())).isInstanceOf(Authenticator.Signed.class);
      }
      assertThat(hashed).as("SHA-256 of the key computed").hasValue(1);

      store.access().revokeKey(k.prefix()); // as `vigil admin revoke-key` does, from any process
      assertThat(bearer(store, keys, k.key())).isEqualTo(new Authenticator.Refused("the API key was revoked"));
    }
  }

  @Test
  void a_wrong_secret_under_a_remembered_prefix_and_a_disabled_user_are_refused() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      ApiKeys.NewKey k = key(store, "bob");
      VerifiedKeys keys = new VerifiedKeys(16, ApiKeys::hash);
      assertThat(bearer(store, keys, k.key())).isInstanceOf(Authenticator.Signed.class);
      String forged = k.key().substring(0, k.key().length() - 1) + (k.key().endsWith("A") ? "B" : "A");
      assertThat(bearer(store, keys, forged)).isEqualTo(new Authenticator.Refused("unknown API key"));

      store.access().disableUser("bob");
      assertThat(bearer(store, keys, k.key())).isEqualTo(new Authenticator.Refused("unknown API key"));
    }
  }

  @Test
  void the_keys_remembered_are_bounded() {
    VerifiedKeys keys = new VerifiedKeys(2, ApiKeys::hash);
    for (int i = 0; i < 5; i++) {
      ApiKeys.NewKey k = ApiKeys.generate();
      assertThat(keys.matches(k.prefix(), k.key(), k.hash())).isTrue();
    }
    assertThat(keys.size()).isEqualTo(2);
  }

  private static ApiKeys.NewKey key(SqlStore store, String user) {
    long org = store.access().createOrganisation("o-" + user).id();
    long id = store.access().createUser(org, user, "reader", null).id();
    ApiKeys.NewKey k = ApiKeys.generate();
    store.access().addKey(id, k.prefix(), k.hash(), null);
    return k;
  }

  private static Authenticator.Outcome bearer(SqlStore store, VerifiedKeys keys, String key) {
    return new Authenticator(Accounts.of(store.access()), new LoginThrottle(LoginLimits.defaults(), System::nanoTime),
        Instant.now(), keys).authenticate("Bearer " + key, Authenticator.Scheme.BEARER, "192.0.2.1");
  }
}
