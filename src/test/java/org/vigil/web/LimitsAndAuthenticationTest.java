package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.vigil.access.LoginLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;

/** The named limits of {@link ServerSettings} and the two ways to sign in, on a real server. */
class LimitsAndAuthenticationTest {

  static final String C = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
  static final String OBJECTS = "/taxii2/r/collections/" + C + "/objects/";

  @TempDir Path dir;

  TestServer server(ServerSettings s) {
    TestServer t = new TestServer(dir, s);
    t.store.collections().putApiRoot(new ApiRootRow("r", "R", null, 1_000_000));
    t.store.collections().addCollection(new CollectionRow(C, "r", "C", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), false, false));
    t.store.collections().grant(C, t.org("o").id(), true, true);
    t.user("ann", "o", Role.ANALYST);
    return t;
  }

  @Test
  void a_body_over_max_content_length_is_413_naming_the_setting() {
    try (TestServer t = server(new ServerSettings("127.0.0.1", 0, 200, 100, 0, 1, 100))) {
      HttpResponse<String> r = t.post("ann", OBJECTS, "{\"objects\":[" + "{},".repeat(100) + "{}]}");
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(json(r).get("description").asText()).contains("200").contains("server.max-content-length");
    }
  }

  @Test
  void the_rate_limit_answers_429_with_retry_after_once_the_burst_is_spent() {
    try (TestServer t = server(new ServerSettings("127.0.0.1", 0, 1_000_000, 100, 1, 2, 100))) {
      assertThat(t.get("ann", "/taxii2/").statusCode()).isEqualTo(200);
      assertThat(t.get("ann", "/taxii2/").statusCode()).isEqualTo(200);
      HttpResponse<String> r = t.get("ann", "/taxii2/");
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
      assertThat(json(r).get("description").asText()).contains("server.rate-limit-per-minute");
    }
  }

  @Test
  void a_page_is_never_larger_than_max_page_size_and_match_values_are_bounded() {
    try (TestServer t = server(new ServerSettings("127.0.0.1", 0, 1_000_000, 1, 0, 1, 2))) {
      t.post("ann", OBJECTS, "{\"objects\":[" + indicator("2024-01-01T00:00:00.000Z") + ","
          + indicator("2024-01-02T00:00:00.000Z") + "]}");
      assertThat(json(t.get("ann", OBJECTS + "?limit=500")).get("objects")).hasSize(1);
      HttpResponse<String> r = t.get("ann", OBJECTS + "?match[type]=a,b,c");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r).get("description").asText()).contains("server.max-match-values");
      assertThat(t.get("ann", OBJECTS + "?colour=red").statusCode()).isEqualTo(400);
      assertThat(t.get("ann", OBJECTS + "?added_after=yesterday").statusCode()).isEqualTo(400);
      assertThat(t.get("ann", OBJECTS + "?limit=0").statusCode()).isEqualTo(400);
    }
  }

  @Test
  void basic_with_a_password_signs_in_and_a_wrong_one_or_a_revoked_key_does_not() {
    try (TestServer t = server(TestServer.settings())) {
      t.store.access().createUser(t.org("o").id(), "bob", Role.READER.label(), Passwords.hash("correct horse battery"));
      assertThat(t.send(t.as(null, "/taxii2/").header("Authorization", TestServer.basic("bob", "correct horse battery")))
          .statusCode()).isEqualTo(200);
      assertThat(t.send(t.as(null, "/taxii2/").header("Authorization", TestServer.basic("bob", "wrong password!!")))
          .statusCode()).isEqualTo(401);
      assertThat(t.get("ann", "/taxii2/").statusCode()).as("before the key is revoked").isEqualTo(200);
      t.store.access().revokeKey(ApiKeys.prefix(t.key("ann")).orElseThrow());
      assertThat(t.get("ann", "/taxii2/").statusCode()).as("the very next request, the key remembered as checked")
          .isEqualTo(401);
    }
  }

  @Test
  void after_the_free_failed_sign_ins_even_the_right_password_waits_without_being_checked() {
    try (TestServer t = server(TestServer.settings().withLogins(new LoginLimits(2, Duration.ofSeconds(30),
        Duration.ofMinutes(5), 100)))) {
      t.store.access().createUser(t.org("o").id(), "bob", Role.READER.label(), Passwords.hash("correct horse battery"));
      for (int i = 0; i < 2; i++) {
        assertThat(t.send(t.as(null, "/taxii2/").header("Authorization", TestServer.basic("bob", "guess number " + i)))
            .statusCode()).isEqualTo(401);
      }
      HttpResponse<String> locked = t.send(t.as(null, "/taxii2/").header("Authorization",
          TestServer.basic("bob", "correct horse battery")));
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      assertThat(json(locked).get("description").asText()).contains("server.failed-logins-free");
      assertThat(t.get("ann", "/taxii2/").statusCode()).isEqualTo(200);
      assertThat(t.send(t.as(null, "/taxii2/").header("Authorization", TestServer.basic("nobody", "x")))
          .statusCode()).isEqualTo(401);
    }
  }

  @Test
  void an_object_marked_above_the_collection_level_is_a_failure_in_the_status() {
    try (TestServer t = server(TestServer.settings())) {
      String green = "0f0e0d0c-0b0a-4909-8807-060504030201";
      t.store.collections().addCollection(new CollectionRow(green, "r", "Green only", null, null,
          List.of("application/stix+json;version=2.1"), Tlp.GREEN.ordinal(), false, false));
      t.store.collections().grant(green, t.org("o").id(), true, true);
      String amber = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--"
          + java.util.UUID.randomUUID() + "\",\"created\":\"2024-01-01T00:00:00.000Z\","
          + "\"modified\":\"2024-01-01T00:00:00.000Z\",\"object_marking_refs\":[\"" + Tlp.AMBER.markingId() + "\"]}";
      HttpResponse<String> r = t.post("ann", "/taxii2/r/collections/" + green + "/objects/",
          "{\"objects\":[" + amber + "," + amber.replace(Tlp.AMBER.markingId(), Tlp.GREEN.markingId())
              .replaceFirst("indicator--[0-9a-f-]+", "indicator--" + java.util.UUID.randomUUID()) + "]}");
      assertThat(r.statusCode()).isEqualTo(202);
      assertThat(json(r).get("failure_count").asInt()).isEqualTo(1);
      assertThat(json(r).get("success_count").asInt()).isEqualTo(1);
      assertThat(json(r).get("failures").get(0).get("message").asText()).contains("AMBER").contains("GREEN");
    }
  }

  @Test
  void keys_are_stored_hashed_and_never_as_given() {
    ApiKeys.NewKey k = ApiKeys.generate();
    assertThat(k.hash()).doesNotContain(k.key()).hasSize(64);
    assertThat(ApiKeys.matches(k.key(), k.hash())).isTrue();
    assertThat(ApiKeys.matches(k.key() + "x", k.hash())).isFalse();
  }

  static String indicator(String modified) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + java.util.UUID.randomUUID()
        + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"" + modified + "\"}";
  }
}
