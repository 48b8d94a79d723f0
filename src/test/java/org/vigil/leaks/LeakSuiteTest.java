package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.api.ApiRoutes;
import org.vigil.web.TestServer;

/**
 * The leak suite (issue 16): every route the server serves (REST, TAXII and the web UI, read from
 * the server itself), requested as every identity (alpha's reader, analyst and admin, a partner
 * up to AMBER, a partner up to GREEN, a stranger, a revoked user, nobody) over records at every
 * marking; no answer may hold a word of a record its identity may not read, and each write
 * route checks who may write what. A route without a case fails the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeakSuiteTest {

  @TempDir static Path dir;
  Stage s;
  Map<String, Case> cases;

  @BeforeAll
  void stage() throws Exception {
    s = new Stage(dir);
    cases = new LinkedHashMap<>(ReadCases.of(s));
    cases.putAll(WriteCases.of(s));
  }

  @AfterAll
  void close() {
    s.close();
  }

  /** The cities of the canaries an organisation reads (Kabul for both halves of the merged incident). */
  private static Set<String> cities(String org, Map<String, Set<String>> reads) {
    Set<String> out = new TreeSet<>();
    World.CANARIES.stream().filter(c -> reads.get(org).contains(c.name())).forEach(c -> out.add(c.city()));
    return out;
  }

  private static Set<String> signedInOrgs() {
    return new TreeSet<>(World.ORGANISATIONS);
  }

  @Test
  @Order(1)
  void each_organisation_lists_searches_and_counts_exactly_what_it_may_read() {
    for (Identity who : Identity.ALL) {
      if (!who.signedIn()) {
        continue;
      }
      Set<String> places = new TreeSet<>();
      ReadCases.json(s.get(who, "/api/incidents?limit=100")).path("incidents")
          .forEach(i -> places.add(i.path("location").path("city").asText()));
      assertThat(places).as("incidents " + who + " lists").isEqualTo(cities(who.org(), World.READS));
      assertThat(ReadCases.json(s.get(who, "/api/stats")).path("incidents").asInt()).as("incidents " + who + " counts")
          .isEqualTo(places.size());
      Set<String> titles = new TreeSet<>();
      ReadCases.json(s.get(who, "/api/search?q=checkpoint&limit=100")).path("results")
          .forEach(r -> titles.add(r.path("title").asText().split(" ")[0]));
      Set<String> expected = new TreeSet<>();
      World.READS.get(who.org()).stream().filter(n -> !n.equals("Pushed")).forEach(n -> expected.add("Canary" + n));
      assertThat(titles).as("reports " + who + " finds").isEqualTo(expected);
      String page = s.browser(who).get("/ui/incidents").body();
      assertThat(cities(who.org(), World.READS)).as("the incidents page of " + who).allSatisfy(c ->
          assertThat(page).contains(c));
    }
  }

  @Test
  @Order(1)
  void an_incident_merged_from_public_and_amber_reports_shows_each_organisation_what_it_reads() {
    String kabul = "/api/incidents/" + s.incidents.get("Mixedpublic");
    for (Identity who : Identity.ALL) {
      if (who.signedIn()) {
        var i = ReadCases.json(s.get(who, kabul));
        boolean amber = World.READS.get(who.org()).contains("Mixedamber");
        assertThat(i.path("casualties").path("killed").path("value").asInt()).as("the toll " + who + " reads")
            .isEqualTo(amber ? 11 : 3);
        assertThat(i.path("sources")).as("the sources " + who + " reads").hasSize(amber ? 2 : 1);
        assertThat(i.path("marking").asText()).isEqualTo(amber ? "amber" : "green");
      }
    }
  }

  @Test
  @Order(1)
  void alerts_webhooks_and_taxii_reach_each_organisation_for_what_it_reads_only() {
    for (Identity who : Identity.ALL) {
      if (!who.signedIn()) {
        continue;
      }
      Set<String> alerted = new TreeSet<>();
      ReadCases.json(s.get(who, "/api/alerts?limit=500")).path("alerts")
          .forEach(a -> alerted.add(a.path("summary").asText().replaceAll("^armed assault in (\\w+).*", "$1")));
      assertThat(alerted).as("alerts of " + who).isEqualTo(cities(who.org(), World.READS));
      Set<String> published = new TreeSet<>();
      ReadCases.json(s.get(who, Stage.taxii("objects/?limit=100&match[type]=report"))).path("objects")
          .forEach(o -> published.add(o.path("name").asText().split(" ")[0]));
      Set<String> expected = new TreeSet<>();
      World.TAXII_READS.get(who.org()).stream().filter(n -> !n.equals("Mixedpublic") && !n.equals("Public")
          && !n.equals("Stranger")).forEach(n -> expected.add("Canary" + n));
      assertThat(published).as("TAXII reports " + who + " reads").isEqualTo(expected);
    }
    for (String org : signedInOrgs()) {
      Set<String> hooked = new TreeSet<>();
      s.received.getOrDefault(org, java.util.List.of()).forEach(b -> hooked.add(ReadCases.json(b).path("incident")
          .path("place").asText()));
      assertThat(hooked).as("webhook deliveries to " + org).isEqualTo(cities(org, World.READS));
      s.received.getOrDefault(org, java.util.List.of()).forEach(b -> World.forbidden(org).forEach(w ->
          assertThat(b).as("a webhook body to " + org).doesNotContain(w)));
    }
  }

  @Test
  @Order(0)
  void every_route_the_server_serves_has_a_case_and_every_case_a_route() {
    Set<String> routes = new TreeSet<>(s.t.server.routes());
    assertThat(routes).as("routes without a leak case: add one to ReadCases or WriteCases")
        .isSubsetOf(cases.keySet());
    assertThat(cases.keySet()).as("cases of routes the server no longer serves").isSubsetOf(routes);
  }

  @Test
  @Order(0)
  void every_route_of_the_openapi_document_is_served() throws Exception {
    Set<String> documented = new TreeSet<>();
    var paths = TestServer.JSON.readTree(ApiRoutes.openApiDocument()).path("paths");
    for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
      String path = it.next();
      paths.path(path).fieldNames().forEachRemaining(m -> documented.add(m + " " + path));
    }
    assertThat(documented).isSubsetOf(s.t.server.routes());
  }

  /** Reads first, so that the writes' changes do not hide what a read would leak. */
  @TestFactory
  @Order(2)
  Stream<DynamicTest> no_identity_reads_or_writes_what_it_may_not_on_any_route() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String route : cases.keySet()) {
      if (!s.t.server.routes().contains(route)) {
        continue;
      }
      for (Identity who : Identity.ALL) {
        tests.add(DynamicTest.dynamicTest(route + " as " + who, () -> cases.get(route).check(who)));
      }
    }
    return tests.stream();
  }
}
