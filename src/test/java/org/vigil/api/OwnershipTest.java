package org.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.leaks.Browser;
import org.vigil.merge.MergeRules;
import org.vigil.monitor.QueueDrain;
import org.vigil.store.WatchlistRow;
import org.vigil.web.TestServer;

/**
 * Issue 16, findings 1, 3 and 4, through the REST API and the web UI as three organisations that
 * are no one's partners: a report alpha pushed was readable by beta and gamma everywhere and
 * raised beta's alert; beta's analyst reviewed alpha's incident; every organisation's webhook
 * deliveries, with the URLs and their tokens, and every feed's errors were readable by anyone.
 */
class OwnershipTest {

  private static final String PUSHED = "{\"id\":\"alpha-1\",\"title\":\"Alphas private report\",\"source\":\"Alpha desk\","
      + "\"published\":\"2024-03-10\",\"text\":\"PESHAWAR, Pakistan - Gunmen attacked a police checkpoint in Peshawar "
      + "on Saturday, killing seven police officers, the interior ministry said.\"}";

  @TempDir Path dir;
  TestServer t;

  @BeforeEach
  void start() {
    t = new TestServer(KnowledgeBase.open(dir), TestServer.settings());
    for (String org : List.of("alpha", "beta", "gamma")) {
      t.user(org + "-analyst", org, Role.ANALYST);
      t.user(org + "-admin", org, Role.ADMIN);
      t.store.access().createUser(t.org(org).id(), org + "-web", Role.ANALYST.label(), Passwords.hash("web password of "
          + org));
      t.store.watches().insert(new WatchlistRow(0, null, t.org(org).id(), "Checkpoints", "keywords", "checkpoint", null,
          null, null, null, List.of(), null, false));
    }
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private HttpResponse<String> post(String user, String path, String body) {
    return t.send(t.as(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private void drain() {
    new QueueDrain(t.shared, KnowledgeBase.ENGINE, KnowledgeBase.REGISTRIES, MergeRules.defaults(),
        IngestSettings.defaults(), IntakeSettings.defaults(), t.bus,
        new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8)).drain();
  }

  @Test
  void a_report_an_organisation_pushed_is_its_own_and_no_one_elses() {
    assertThat(post("alpha-analyst", "/api/reports", PUSHED).statusCode()).isEqualTo(202);
    drain();
    JsonNode incidents = TestServer.json(t.get("alpha-analyst", "/api/incidents"));
    long incident = incidents.path("incidents").get(0).path("id").asLong();
    long report = TestServer.json(t.get("alpha-analyst", "/api/search?q=Peshawar")).path("results").get(0).path("id")
        .asLong();
    assertThat(incidents.path("incidents").get(0).path("marking").asText()).isEqualTo("amber+strict");
    assertThat(TestServer.json(t.get("alpha-analyst", "/api/alerts")).path("alerts")).hasSize(1);

    for (String other : List.of("beta", "gamma")) {
      String u = other + "-analyst";
      assertThat(TestServer.json(t.get(u, "/api/incidents?country=PK")).path("incidents")).as(u).isEmpty();
      assertThat(t.get(u, "/api/incidents/" + incident).statusCode()).as(u).isEqualTo(404);
      assertThat(t.get(u, "/api/reports/" + report).statusCode()).as(u).isEqualTo(404);
      assertThat(TestServer.json(t.get(u, "/api/search?q=Peshawar")).path("results")).as(u).isEmpty();
      assertThat(TestServer.json(t.get(u, "/api/alerts")).path("alerts")).as(u + "'s watchlist").isEmpty();
      assertThat(TestServer.json(t.get(u, "/api/stats")).path("incidents").asInt()).as(u).isZero();
      Browser b = new Browser(t.url(""));
      b.signIn(other + "-web", "web password of " + other);
      assertThat(b.get("/ui/incidents/" + incident).statusCode()).as(u).isEqualTo(404);
      assertThat(b.get("/ui/reports/" + report).statusCode()).as(u).isEqualTo(404);
      assertThat(b.get("/ui/search?q=Peshawar").body()).as(u).doesNotContain("Alphas private report");
      assertThat(b.get("/ui/incidents").body()).as(u).doesNotContain("Peshawar");
    }
  }

  @Test
  void a_report_pushed_without_a_date_is_dated_the_day_it_arrives_and_its_weekday_finds_the_attack() {
    HttpResponse<String> pushed = post("alpha-analyst", "/api/reports", PUSHED.replace("\"published\":\"2024-03-10\",", ""));
    assertThat(pushed.statusCode()).isEqualTo(202);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    assertThat(TestServer.json(pushed).path("published").asText()).isEqualTo(today.toString());
    assertThat(TestServer.json(pushed).path("publishedAssumed").asBoolean()).isTrue();
    drain();

    JsonNode incident = TestServer.json(t.get("alpha-analyst", "/api/incidents")).path("incidents").get(0);
    LocalDate saturday = today.minusDays(today.getDayOfWeek() == DayOfWeek.SATURDAY ? 0
        : (today.getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue() + 7) % 7);
    assertThat(incident.toString()).as("dated the Saturday before it arrived").contains(saturday.toString());
  }

  @Test
  void a_review_of_another_organisations_incident_is_a_proposal_its_owner_decides() {
    assertThat(post("alpha-analyst", "/api/reports", PUSHED.replace("\"text\"", "\"marking\":\"clear\",\"text\""))
        .statusCode()).isEqualTo(202);
    drain();
    long incident = TestServer.json(t.get("beta-analyst", "/api/incidents")).path("incidents").get(0).path("id")
        .asLong();

    HttpResponse<String> proposed = post("beta-analyst", "/api/incidents/" + incident + "/reviews",
        "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"70\"}");

    assertThat(proposed.statusCode()).isEqualTo(202);
    long proposal = TestServer.json(proposed).path("proposal").path("id").asLong();
    assertThat(killed(incident)).as("not applied").isEqualTo(7);
    assertThat(TestServer.json(t.get("gamma-analyst", "/api/proposals?all=true")).path("proposals")).isEmpty();
    assertThat(post("beta-admin", "/api/proposals/" + proposal + "/accept", "{}").statusCode()).isEqualTo(404);
    assertThat(post("alpha-analyst", "/api/proposals/" + proposal + "/accept", "{}").statusCode()).isEqualTo(200);
    assertThat(killed(incident)).as("accepted by the owner").isEqualTo(70);
  }

  private int killed(long incident) {
    return TestServer.json(t.get("alpha-analyst", "/api/incidents/" + incident)).path("casualties").path("killed")
        .path("value").asInt();
  }

  @Test
  void webhook_deliveries_are_the_callers_and_their_organisations_and_their_errors_name_no_url() {
    long alphaHook = t.store.webhooks().add(null, t.org("alpha").id(), "https://hooks.example.org/alpha?token=s3cr3t",
        "x").id();
    long betaHook = t.store.webhooks().add(null, t.org("beta").id(), "https://hooks.example.org/beta", "y").id();
    t.store.webhooks().queue(alphaHook, "alert-1-v1", "{}", Instant.now());
    t.store.webhooks().queue(betaHook, "alert-2-v1", "{}", Instant.now());
    long delivery = t.store.webhooks().latest(10).stream().filter(d -> d.webhookId() == alphaHook).findFirst()
        .orElseThrow().id();
    t.store.webhooks().attempted(delivery, "pending", "HTTP 500 from https://hooks.example.org/alpha?token=s3cr3t",
        Instant.now(), Instant.now());

    JsonNode alpha = TestServer.json(t.get("alpha-admin", "/api/webhooks/deliveries")).path("deliveries");
    JsonNode beta = TestServer.json(t.get("beta-admin", "/api/webhooks/deliveries")).path("deliveries");

    assertThat(alpha).singleElement().satisfies(d -> assertThat(d.path("lastError").asText())
        .isEqualTo("HTTP 500 from https://hooks.example.org/..."));
    assertThat(beta).singleElement().satisfies(d -> assertThat(d.path("webhookId").asLong()).isEqualTo(betaHook));
    assertThat(TestServer.json(t.get("gamma-admin", "/api/webhooks/deliveries")).path("deliveries")).isEmpty();
  }

  @Test
  void the_feeds_and_their_errors_are_for_the_admins_of_the_intake_organisation_only() {
    t.store.feeds().add("https://feeds.example.org/rss?key=s3cr3t", 900);
    assertThat(t.get("alpha-admin", "/api/feeds").statusCode()).as("no kb.organisation: nobody").isEqualTo(403);
    TestServer owned = new TestServer(t.store, TestServer.settings(), new IntakeSettings("alpha",
        org.vigil.stix.Tlp.GREEN));
    try {
      for (String u : List.of("alpha-analyst", "beta-admin", "gamma-analyst")) {
        assertThat(owned.send(owned.as(null, "/api/feeds").header("Authorization", "Bearer " + t.key(u)))
            .statusCode()).as(u).isEqualTo(403);
      }
      assertThat(owned.send(owned.as(null, "/api/feeds").header("Authorization", "Bearer " + t.key("alpha-admin")))
          .body()).contains("s3cr3t");
    } finally {
      owned.server.stop();
    }
  }
}
