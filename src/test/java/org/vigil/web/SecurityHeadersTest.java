package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Passwords;
import org.vigil.access.Role;

/**
 * Issue 16, finding 6: no response carried a Content-Security-Policy, frame-ancestors,
 * X-Content-Type-Options or Referrer-Policy; the REST API took {@code text/plain} bodies and
 * trailing garbage, and its Basic challenge let a browser with cached credentials be driven by a
 * cross-site form. Finding 5: the session cookie had no Secure flag behind TLS.
 */
class SecurityHeadersTest {

  @TempDir Path dir;

  @Test
  void every_kind_of_response_forbids_framing_sniffing_inline_script_and_cross_site_referrers() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("ann", "o", Role.ANALYST);
      List<HttpResponse<String>> answers = List.of(
          t.get("ann", "/api/incidents"), t.get("ann", "/taxii2/"), t.get(null, "/api/incidents"),
          t.get(null, "/api/openapi.json"), t.get("ann", "/api/nothing-here"), t.get(null, "/ui/login"),
          t.get(null, "/ui/"), t.get(null, "/ui/static/ui.css"), t.get(null, "/webjars/leaflet/1.9.4/dist/leaflet.js"),
          t.get("ann", "/api/incidents/999"));
      assertThat(answers).allSatisfy(r -> {
        String what = r.uri() + " " + r.statusCode();
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
      });
      assertThat(SecurityHeaders.CSP).contains("frame-ancestors 'none'").contains("script-src 'self';")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
  }

  @Test
  void the_rest_api_takes_only_application_json_with_nothing_after_the_object() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("ann", "o", Role.ANALYST);
      String record = "{\"text\":\"A bomb exploded in Kabul on Saturday.\"}";
      HttpResponse<String> plain = t.send(t.as("ann", "/api/reports").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString(record)));
      HttpResponse<String> form = t.send(t.as("ann", "/api/watchlists").header("Content-Type",
          "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=x&kind=group")));
      HttpResponse<String> garbage = t.send(t.as("ann", "/api/reports").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(record + " {\"more\":1}")));
      HttpResponse<String> ok = t.send(t.as("ann", "/api/reports").header("Content-Type",
          "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(record)));

      assertThat(plain.statusCode()).isEqualTo(415);
      assertThat(TestServer.json(plain).path("detail").asText()).contains("application/json").contains("text/plain");
      assertThat(form.statusCode()).isEqualTo(415);
      assertThat(garbage.statusCode()).isEqualTo(422);
      assertThat(TestServer.json(garbage).path("detail").asText()).contains("not one JSON object");
      assertThat(ok.statusCode()).isEqualTo(202);
      assertThat(t.store.pending().size()).as("only the well-formed report was queued").isEqualTo(1);
    }
  }

  @Test
  void the_rest_api_takes_no_basic_credentials_and_challenges_for_a_bearer_key_only() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.store.access().createUser(t.org("o").id(), "bob", Role.ANALYST.label(), Passwords.hash("correct horse battery"));
      HttpResponse<String> basic = t.send(t.as(null, "/api/incidents").header("Authorization",
          TestServer.basic("bob", "correct horse battery")));
      HttpResponse<String> none = t.get(null, "/api/stats");
      HttpResponse<String> taxii = t.send(t.as(null, "/taxii2/").header("Authorization",
          TestServer.basic("bob", "correct horse battery")));

      assertThat(basic.statusCode()).isEqualTo(401);
      assertThat(none.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"vigil\"");
      assertThat(taxii.statusCode()).as("TAXII clients still speak Basic").isEqualTo(200);
      assertThat(t.get(null, "/taxii2/").headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }
  }

  @Test
  void behind_an_https_public_url_the_cookies_are_secure() throws Exception {
    ServerSettings behindTls = TestServer.settings().withPublicAddress(new PublicAddress("https://vigil.example.org", List.of()));
    java.nio.file.Files.createDirectories(dir.resolve("plain"));
    java.nio.file.Files.createDirectories(dir.resolve("tls"));
    try (TestServer plain = new TestServer(dir.resolve("plain"), TestServer.settings());
        TestServer tls = new TestServer(dir.resolve("tls"), behindTls)) {
      for (TestServer t : List.of(plain, tls)) {
        t.store.access().createUser(t.org("o").id(), "bob", Role.ANALYST.label(),
            Passwords.hash("correct horse battery"));
      }
      for (TestServer t : List.of(plain, tls)) {
        HttpResponse<String> form = t.get(null, "/ui/login");
        String login = form.headers().firstValue("Set-Cookie").orElseThrow();
        String token = login.substring(login.indexOf('=') + 1, login.indexOf(';'));
        HttpResponse<String> signedIn = t.send(t.as(null, "/ui/login").header("Cookie", "vigil_login=" + token)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "csrf=" + token + "&name=bob&password=correct+horse+battery")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        List<String> cookies = List.of(login, signedIn.headers().firstValue("Set-Cookie").orElseThrow());
        if (t == tls) {
          assertThat(cookies).allMatch(c -> c.contains("; Secure"));
        } else {
          assertThat(cookies).noneMatch(c -> c.contains("Secure"));
        }
      }
    }
  }
}
