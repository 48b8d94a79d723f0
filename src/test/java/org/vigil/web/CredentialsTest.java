package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.alert.Alerter;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.ingest.Progress;
import org.vigil.leaks.Browser;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.report.Report;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.WatchlistRow;
import org.vigil.store.UserRow;

/**
 * Issue 16, finding 5: the web sign-in accepted an API key as a password and the session
 * outlived revoking that key; 1,000 sign-ins filled {@code ui.max-sessions} and signed everyone
 * else out; ten wrong passwords locked out the real password and Basic {@code user:KEY} clients;
 * API keys never expired.
 */
class CredentialsTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;

  private static UserRow userWithPassword(TestServer t, String name) {
    return t.store.access().createUser(t.org("o").id(), name, Role.ANALYST.label(), Passwords.hash(PASSWORD));
  }

  @Test
  void the_web_sign_in_takes_the_password_and_never_an_api_key() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("keyholder", "o", Role.ANALYST);
      userWithPassword(t, "bob");
      String bobsKey = ApiKeys.generate().key();

      assertThat(new Browser(t.url("")).signIn("keyholder", t.key("keyholder")).statusCode()).isEqualTo(401);
      assertThat(new Browser(t.url("")).signIn("bob", bobsKey).statusCode()).isEqualTo(401);
      assertThat(new Browser(t.url("")).signIn("bob", PASSWORD).statusCode()).isEqualTo(302);
    }
  }

  @Test
  void revoking_a_users_key_or_the_user_ends_their_web_sessions_at_once() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      UserRow bob = userWithPassword(t, "bob");
      userWithPassword(t, "carol");
      ApiKeys.NewKey k = ApiKeys.generate();
      t.store.access().addKey(bob.id(), k.prefix(), k.hash(), null);
      Browser bobs = new Browser(t.url(""));
      Browser carols = new Browser(t.url(""));
      bobs.signIn("bob", PASSWORD);
      carols.signIn("carol", PASSWORD);
      assertThat(bobs.get("/ui/").statusCode()).isEqualTo(200);

      t.store.access().revokeKey(k.prefix());
      assertThat(bobs.get("/ui/").statusCode()).as("bob's session after his key was revoked").isEqualTo(302);
      assertThat(carols.get("/ui/").statusCode()).as("carol's session").isEqualTo(200);

      t.store.access().disableUser("carol");
      assertThat(carols.get("/ui/").statusCode()).as("carol's session after she was revoked").isEqualTo(302);
      assertThat(new Browser(t.url("")).signIn("carol", PASSWORD).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void many_sign_ins_of_one_user_end_only_that_users_oldest_sessions() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      userWithPassword(t, "mallory");
      userWithPassword(t, "carol");
      Browser carol = new Browser(t.url(""));
      carol.signIn("carol", PASSWORD);
      List<Browser> mallorys = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Browser b = new Browser(t.url(""));
        b.signIn("mallory", PASSWORD);
        mallorys.add(b);
      }
      assertThat(carol.get("/ui/").statusCode()).as("another user's session").isEqualTo(200);
      assertThat(mallorys.get(0).get("/ui/").statusCode()).as("mallory's oldest").isEqualTo(302);
      assertThat(mallorys.get(11).get("/ui/").statusCode()).as("mallory's newest").isEqualTo(200);
    }
  }

  @Test
  void wrong_passwords_from_one_address_slow_that_address_alone_and_never_a_correct_api_key() {
    ServerSettings proxied = TestServer.settings().withPublicAddress(new PublicAddress(null, java.util.List.of("127.0.0.1")));
    try (TestServer t = new TestServer(dir, proxied)) {
      UserRow bob = userWithPassword(t, "bob");
      ApiKeys.NewKey k = ApiKeys.generate();
      t.store.access().addKey(bob.id(), k.prefix(), k.hash(), null);
      for (int i = 0; i < 10; i++) {
        assertThat(basic(t, "203.0.113.5", "bob", "guess " + i).statusCode()).isIn(401, 429);
      }
      HttpResponse<String> locked = basic(t, "203.0.113.5", "bob", PASSWORD);
      assertThat(locked.statusCode()).as("the right password from the guessing address").isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      assertThat(basic(t, "198.51.100.7", "bob", PASSWORD).statusCode()).as("from bob's own address").isEqualTo(200);
      assertThat(basic(t, "203.0.113.5", "bob", k.key()).statusCode()).as("Basic bob:KEY").isEqualTo(200);
      assertThat(t.send(t.as(null, "/taxii2/").header("X-Forwarded-For", "203.0.113.5")
          .header("Authorization", "Bearer " + k.key())).statusCode()).as("Bearer KEY").isEqualTo(200);
      for (int i = 0; i < 10; i++) {
        basic(t, "203.0.113.5", "nobody-here", "guess " + i);
      }
      assertThat(basic(t, "203.0.113.5", "nobody-here", "guess").statusCode())
          .as("an unknown name is slowed like a real one, so the answer does not tell it exists").isEqualTo(429);
      Browser form = new Browser(t.url(""));
      assertThat(form.signIn("bob", PASSWORD).statusCode()).as("the web sign-in from this machine").isEqualTo(302);
    }
  }

  @Test
  void an_expired_key_is_refused_and_every_key_records_when_it_was_last_used() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      UserRow bob = userWithPassword(t, "bob");
      ApiKeys.NewKey old = ApiKeys.generate();
      ApiKeys.NewKey fresh = ApiKeys.generate();
      t.store.access().addKey(bob.id(), old.prefix(), old.hash(), Instant.now().minusSeconds(1));
      t.store.access().addKey(bob.id(), fresh.prefix(), fresh.hash(), Instant.now().plusSeconds(3600));

      HttpResponse<String> expired = t.send(t.as(null, "/api/stats").header("Authorization", "Bearer " + old.key()));
      HttpResponse<String> ok = t.send(t.as(null, "/api/stats").header("Authorization", "Bearer " + fresh.key()));

      assertThat(expired.statusCode()).isEqualTo(401);
      assertThat(TestServer.json(expired).path("detail").asText()).contains("expired");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(t.store.access().findKey(fresh.prefix()).orElseThrow().lastUsedAt()).isNotNull();
      assertThat(t.store.access().findKey(old.prefix()).orElseThrow().lastUsedAt()).isNull();
    }
  }

  @Test
  void a_revoked_keys_alert_stream_hears_nothing_more() throws Exception {
    try (TestServer t = new TestServer(KnowledgeBase.open(dir), TestServer.settings())) {
      t.user("ann", "o", Role.ANALYST);
      t.user("bob", "o", Role.ANALYST);
      long o = t.org("o").id();
      t.store.watches().insert(new WatchlistRow(0, null, o, "Kabul", "keywords", "Kabul", null, null,
          null, null, List.of(), null, false));
      Ingester in = new Ingester(t.store, KnowledgeBase.ENGINE,
          new IncidentMerger(t.store, KnowledgeBase.REGISTRIES.groups(),
              MergeRules.defaults()), KnowledgeBase.REGISTRIES.groups(),
          IngestSettings.defaults(), new Progress(new java.io.PrintWriter(
              java.io.Writer.nullWriter()), false, 0), line -> { },
          ids -> new Alerter(KnowledgeBase.REGISTRIES.groups()).onIncidents(t.store, ids));
      in.ingestReports(List.of(Report.of("k", "KABUL, Afghanistan - Gunmen attacked a checkpoint in "
          + "Kabul on Saturday, killing three police officers.", java.time.LocalDate.parse("2024-03-10"))), "t",
          Ownership.of(o, Tlp.AMBER));
      long incident = TestServer.json(t.get("bob", "/api/incidents")).path("incidents").get(0).path("id").asLong();
      List<String> anns = stream(t, "ann");
      List<String> bobs = stream(t, "bob");

      t.store.access().revokeKey(ApiKeys.prefix(t.key("ann")).orElseThrow());
      assertThat(t.send(t.as("bob", "/api/incidents/" + incident + "/reviews").header("Content-Type",
          "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
              "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"9\"}"))).statusCode()).isEqualTo(200);

      long end = System.nanoTime() + 10_000_000_000L;
      while (bobs.stream().noneMatch(l -> l.startsWith("event: alert")) && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertThat(bobs).as("a signed-in user's stream").anyMatch(l -> l.startsWith("event: alert"));
      assertThat(anns).as("the revoked key's stream").noneMatch(l -> l.startsWith("event: alert"));
    }
  }

  private static List<String> stream(TestServer t, String user) throws InterruptedException {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.net.http.HttpClient.newHttpClient().sendAsync(t.as(user, "/api/alerts/stream")
        .setHeader("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
        .thenAcceptAsync(r -> r.body().forEach(lines::add), task -> {
          // never on this thread: the stream does not end
          Thread reader = new Thread(task, "credentials-test-stream");
          reader.setDaemon(true);
          reader.start();
        });
    long end = System.nanoTime() + 5_000_000_000L;
    while (lines.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    return lines;
  }

  private static HttpResponse<String> basic(TestServer t, String from, String user, String secret) {
    return t.send(t.as(null, "/taxii2/").header("X-Forwarded-For", from)
        .header("Authorization", TestServer.basic(user, secret)));
  }
}
