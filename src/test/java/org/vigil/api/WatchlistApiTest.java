package org.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.ingest.IntakeSettings;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.web.TestServer;

/** Watchlists, threat pictures, feeds and digests over REST, on a real server and SQLite file. */
class WatchlistApiTest {

  private static final String SITE = "{\"name\":\"Hotel\",\"kind\":\"site\",\"value\":\"Hotel district\","
      + "\"lat\":2.04,\"lon\":45.34,\"radiusKm\":25,\"category\":\"hotel\"}";

  @TempDir Path dir;
  TestServer t;

  @BeforeEach
  void start() throws Exception {
    var store = KnowledgeBase.open(dir);
    KnowledgeBase.ingest(store, dir, "r.jsonl", KnowledgeBase.WIRE_1, KnowledgeBase.OTHER_4);
    t = new TestServer(store, TestServer.settings(), new IntakeSettings("alpha", Tlp.GREEN));
    t.user("ana", "alpha", Role.ANALYST);
    t.user("rex", "alpha", Role.READER);
    t.user("bob", "beta", Role.ANALYST);
    t.user("ada", "alpha", Role.ADMIN);
    KnowledgeBase.adopt(store, t.org("alpha").id());
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private HttpResponse<String> post(String user, String path, String body) {
    return t.send(t.as(user, path).setHeader("Accept", "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void an_analyst_adds_a_site_sees_it_and_its_threat_picture_and_another_organisation_sees_neither() {
    HttpResponse<String> added = post("ana", "/api/watchlists", SITE.replace("}", ",\"owner\":\"org\"}"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long id = json(added).path("id").asLong();

    assertThat(json(t.get("rex", "/api/watchlists")).path("watchlists")).singleElement()
        .satisfies(w -> assertThat(w.path("owner").asText()).isEqualTo("org"));
    assertThat(json(t.get("rex", "/api/watchlists/" + id + "/threat")).path("nearby")).hasSize(1);
    assertThat(json(t.get("bob", "/api/watchlists")).path("watchlists")).isEmpty();
    assertThat(t.get("bob", "/api/watchlists/" + id + "/threat").statusCode()).isEqualTo(404);
    assertThat(t.delete("bob", "/api/watchlists/" + id).statusCode()).isEqualTo(404);
    assertThat(t.delete("ana", "/api/watchlists/" + id).statusCode()).isEqualTo(204);
  }

  @Test
  void a_bad_watchlist_is_422_naming_the_field_and_a_reader_may_not_add_one() {
    HttpResponse<String> noRadius = post("ana", "/api/watchlists", SITE.replace(",\"radiusKm\":25", ""));
    HttpResponse<String> badKind = post("ana", "/api/watchlists", SITE.replace("\"site\"", "\"planet\""));
    HttpResponse<String> reader = post("rex", "/api/watchlists", SITE);

    assertThat(noRadius.statusCode()).isEqualTo(422);
    assertThat(json(noRadius).path("detail").asText()).startsWith("radius must be above 0");
    assertThat(json(badKind).path("detail").asText()).isEqualTo("kind 'planet' is not one of group, place, site, area, keywords");
    assertThat(reader.statusCode()).isEqualTo(403);
    assertThat(post("rex", "/api/reports", "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void an_analysts_review_that_raises_the_toll_updates_the_alert() {
    assertThat(post("ana", "/api/watchlists", "{\"name\":\"S\",\"kind\":\"group\",\"value\":\"al-Shabab\"}")
        .statusCode()).isEqualTo(201);
    long id = json(t.get("ana", "/api/incidents?country=SO")).path("incidents").get(0).path("id").asLong();

    assertThat(post("ana", "/api/incidents/" + id + "/reviews", "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"30\"}")
        .statusCode()).isEqualTo(200);
    assertThat(post("ana", "/api/incidents/" + id + "/reviews", "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"31\"}")
        .statusCode()).isEqualTo(200);

    assertThat(json(t.get("ana", "/api/alerts")).path("alerts")).singleElement().satisfies(a -> {
      assertThat(a.path("version").asInt()).isEqualTo(2);
      assertThat(a.path("summary").asText()).contains("31 killed");
    });
  }

  @Test
  void the_feeds_status_is_for_the_admins_of_the_intake_organisation_and_the_digest_and_deliveries_answer() {
    t.store.feeds().add("https://news.example.org/feed.xml", 900);

    assertThat(json(t.get("ada", "/api/feeds")).path("feeds").get(0).path("url").asText())
        .isEqualTo("https://news.example.org/feed.xml");
    assertThat(t.get("rex", "/api/feeds").statusCode()).as("a reader").isEqualTo(403);
    assertThat(json(t.get("rex", "/api/digest?day=2024-03-10")).path("count").asInt()).isZero();
    assertThat(t.get("rex", "/api/digest?day=yesterday").statusCode()).isEqualTo(400);
    assertThat(json(t.get("ana", "/api/webhooks/deliveries")).path("deliveries")).isEmpty();
  }
}
