package org.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.web.TestServer;

/** The REST API on a real server over a knowledge base with four ingested reports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestApiTest {

  @TempDir static Path dir;
  TestServer t;
  long mogadishu;

  @BeforeAll
  void start() throws Exception {
    var store = KnowledgeBase.seeded(KnowledgeBase.open(dir));
    KnowledgeBase.ingest(store, dir, "reports.jsonl", KnowledgeBase.WIRE_1, KnowledgeBase.LOCAL_2,
        KnowledgeBase.OTHER_4, KnowledgeBase.ISIS_7);
    t = new TestServer(store, TestServer.settings());
    t.user("reader", "org", Role.READER);
    t.user("analyst", "org", Role.ANALYST);
    KnowledgeBase.adopt(store, t.org("org").id());
    JsonNode page = json(t.get("reader", "/api/incidents?country=SO"));
    mogadishu = page.get("incidents").get(0).get("id").asLong();
  }

  @AfterAll
  void stop() {
    t.close();
  }

  HttpResponse<String> get(String path) {
    return t.send(t.as("reader", path).setHeader("Accept", "application/json"));
  }

  @Test
  void the_openapi_document_describes_exactly_the_registered_routes() throws Exception {
    HttpResponse<String> r = t.send(t.as(null, "/api/openapi.json"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + e.getKey()));
    }
    Set<String> routes = new HashSet<>();
    ApiRoutes.ROUTES.forEach(rt -> routes.add(rt.method() + " " + rt.openApiPath()));
    assertThat(documented).isEqualTo(routes);
    for (ApiRoutes.Route rt : ApiRoutes.ROUTES) {
      String path = rt.path().replace("{id}", "1").replace("{name}", "x");
      HttpResponse<String> answer = t.send(t.as("analyst", path).method(rt.method().toUpperCase(),
          HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(answer.body()).as(rt.toString()).doesNotContain("no resource at");
    }
  }

  @Test
  void incidents_are_listed_with_the_filters_of_vigil_incidents() {
    JsonNode all = json(get("/api/incidents"));
    assertThat(all.get("incidents")).hasSize(3);
    assertThat(json(get("/api/incidents?country=AF")).get("incidents")).hasSize(1);
    assertThat(json(get("/api/incidents?type=bombing&since=2024-03-01&until=2024-03-31")).get("incidents")).hasSize(2);
    assertThat(json(get("/api/incidents?group=Al-Shabaab")).get("incidents")).hasSize(1);
    assertThat(json(get("/api/incidents?near=2.04,45.34,50")).get("incidents")).hasSize(2);
    assertThat(json(get("/api/incidents?limit=1&page=2")).get("incidents")).hasSize(1);
  }

  @Test
  void a_bad_filter_is_400_with_title_status_and_detail() {
    HttpResponse<String> r = get("/api/incidents?country=Somalia");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = json(r);
    assertThat(p.get("title").asText()).isEqualTo("Bad Request");
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("detail").asText()).contains("Somalia").contains("two-letter");
    assertThat(get("/api/incidents?limit=100000").statusCode()).isEqualTo(400);
  }

  @Test
  void one_incident_has_its_sources_and_an_unknown_one_is_404() {
    JsonNode i = json(get("/api/incidents/" + mogadishu));
    assertThat(i.get("sourceValues").size()).isGreaterThanOrEqualTo(1);
    HttpResponse<String> r = get("/api/incidents/999999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void analysts_review_incidents_and_readers_may_not() {
    String body = "{\"field\":\"wounded\",\"action\":\"set\",\"value\":\"30\"}";
    HttpResponse<String> denied = t.send(t.as("reader", "/api/incidents/" + mogadishu + "/reviews")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(denied.statusCode()).isEqualTo(403);
    HttpResponse<String> ok = t.send(t.as("analyst", "/api/incidents/" + mogadishu + "/reviews")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).get("reviewed").get("wounded").asText()).isEqualTo("set");
    assertThat(t.store.audit().latest(10)).anyMatch(e -> e.action().equals("api.review") && e.userName().equals("analyst"));
    HttpResponse<String> bad = t.send(t.as("analyst", "/api/incidents/" + mogadishu + "/reviews")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"field\":\"colour\",\"action\":\"set\",\"value\":1}")));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("detail").asText()).contains("colour");
  }

  @Test
  void reports_groups_search_and_stats_answer_as_the_commands_do() {
    JsonNode search = json(get("/api/search?q=checkpoint"));
    assertThat(search.get("results")).hasSize(1);
    long report = search.get("results").get(0).get("id").asLong();
    assertThat(json(get("/api/reports/" + report)).get("text").asText()).contains("checkpoint");
    assertThat(json(get("/api/groups/Al-Shabaab")).get("name").asText()).isNotBlank();
    assertThat(get("/api/groups/No%20Such%20Group").statusCode()).isEqualTo(404);
    assertThat(json(get("/api/stats")).get("reports").asLong()).isEqualTo(4);
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
  }

  @Test
  void the_rest_api_needs_authentication() {
    HttpResponse<String> r = t.send(t.as(null, "/api/incidents"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).get("status").asInt()).isEqualTo(401);
  }
}
