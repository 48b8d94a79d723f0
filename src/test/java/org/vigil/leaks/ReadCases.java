package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.leaks.Checks.apiReads;
import static org.vigil.leaks.Checks.clean;
import static org.vigil.leaks.Checks.publicReads;
import static org.vigil.leaks.Checks.uiReads;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vigil.web.TestServer;

/**
 * The read routes of the leak suite, each with the requests that cover it: every incident, report,
 * watchlist and TAXII object of the world, searches for its words, the streams.
 */
final class ReadCases {

  private ReadCases() {}

  static Map<String, Case> of(Stage s) {
    Map<String, Case> c = new TreeMap<>();
    List<String> incidents = s.incidents.values().stream().distinct().map(Object::toString).toList();
    List<String> reports = s.reports.values().stream().map(Object::toString).toList();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    c.put("get /taxii2", apiReads(s, "/taxii2/"));
    c.put("get /taxii2/{root}", apiReads(s, "/taxii2/" + Stage.ROOT + "/"));
    c.put("get /taxii2/{root}/status/{status}", who -> {
      HttpResponse<String> r = clean(s.get(who, "/taxii2/" + Stage.ROOT + "/status/" + s.status + "/"), who, "status");
      int expected = !who.signedIn() ? 401 : World.ALPHA.equals(who.org()) ? 200 : 404;
      assertThat(r.statusCode()).as("alpha's status as " + who).isEqualTo(expected);
    });
    c.put("get /taxii2/{root}/collections", apiReads(s, "/taxii2/" + Stage.ROOT + "/collections/"));
    c.put("get /taxii2/{root}/collections/{collection}", apiReads(s, Stage.taxii("")));
    c.put("get /taxii2/{root}/collections/{collection}/objects", apiReads(s, Stage.taxii("objects/?limit=100")));
    c.put("get /taxii2/{root}/collections/{collection}/objects/{object}",
        apiReads(s, s.objectIds.stream().map(id -> Stage.taxii("objects/" + id + "/")).toArray(String[]::new)));
    c.put("get /taxii2/{root}/collections/{collection}/objects/{object}/versions",
        apiReads(s, s.objectIds.stream().map(id -> Stage.taxii("objects/" + id + "/versions/")).toArray(String[]::new)));
    c.put("get /taxii2/{root}/collections/{collection}/manifest", apiReads(s, Stage.taxii("manifest/?limit=100")));
    c.put("get /api/openapi.json", publicReads(s, "/api/openapi.json"));
    c.put("get /api/incidents", apiReads(s, "/api/incidents?limit=100", "/api/incidents?country=PK",
        "/api/incidents?near=34.01,71.58,100", "/api/incidents?type=armed_assault&since=2024-03-01"));
    c.put("get /api/incidents/{id}", apiReads(s, paths("/api/incidents/", incidents)));
    c.put("get /api/reports/{id}", apiReads(s, paths("/api/reports/", reports)));
    c.put("get /api/groups/{name}", apiReads(s, "/api/groups/Al-Shabaab"));
    c.put("get /api/search", apiReads(s, "/api/search?q=checkpoint&limit=100", "/api/search?q=CanaryRed",
        "/api/search?q=Peshawar"));
    c.put("get /api/objects", apiReads(s, "/api/objects?q=canary&limit=100", "/api/objects?q=Arauca"));
    c.put("get /api/stats", apiReads(s, "/api/stats"));
    c.put("get /api/alerts", apiReads(s, "/api/alerts?limit=500"));
    c.put("get /api/digest", apiReads(s, "/api/digest?day=" + today));
    c.put("get /api/watchlists", apiReads(s, "/api/watchlists"));
    c.put("get /api/watchlists/{id}/threat", apiReads(s, s.watchlists.values().stream()
        .map(id -> "/api/watchlists/" + id + "/threat").toArray(String[]::new)));
    c.put("get /api/feeds", apiReads(s, "/api/feeds"));
    c.put("get /api/queue", apiReads(s, "/api/queue"));
    c.put("get /api/webhooks/deliveries", apiReads(s, "/api/webhooks/deliveries"));
    c.put("get /api/proposals", who -> {
      apiReads(s, "/api/proposals?all=true").check(who);
      if (who.signedIn()) {
        List<Long> seen = new ArrayList<>();
        TestServer.json(s.get(who, "/api/proposals?all=true")).path("proposals")
            .forEach(p -> seen.add(p.path("id").asLong()));
        List<Long> expected = switch (who.org()) {
          case World.ALPHA -> List.of(s.partnerProposal, s.strangerProposal, s.partnerUiProposal,
              s.strangerUiProposal);
          case World.PARTNER -> List.of(s.partnerProposal, s.partnerUiProposal);
          case World.STRANGER -> List.of(s.strangerProposal, s.strangerUiProposal);
          default -> List.of();
        };
        assertThat(seen).as("proposals " + who + " reads").containsExactlyInAnyOrderElementsOf(expected);
      }
    });
    c.put("get /api/alerts/stream", stream(s, false));
    c.put("get /", publicReads(s, "/"));
    c.put("get /favicon.ico", publicReads(s, "/favicon.ico"));
    c.put("get /ui/login", publicReads(s, "/ui/login"));
    c.put("get /ui", uiReads(s, "/ui"));
    c.put("get /ui/", uiReads(s, "/ui/", "/ui/?by=week"));
    c.put("get /ui/map", uiReads(s, "/ui/map", "/ui/map?tlp=red"));
    c.put("get /ui/map/data", uiReads(s, "/ui/map/data", "/ui/map/data?tlp=red&country=PK"));
    c.put("get /ui/map/countries", uiReads(s, "/ui/map/countries"));
    c.put("get /ui/map/card/{id}", uiReads(s, paths("/ui/map/card/", incidents)));
    c.put("get /ui/incidents.csv", uiReads(s, "/ui/incidents.csv", "/ui/incidents.csv?country=PK&tlp=red"));
    c.put("get /ui/incidents.geojson", uiReads(s, "/ui/incidents.geojson", "/ui/incidents.geojson?tlp=red"));
    c.put("get /ui/incidents", uiReads(s, "/ui/incidents", "/ui/incidents?country=PK", "/ui/incidents?tlp=red"));
    c.put("get /ui/incidents/{id}", uiReads(s, paths("/ui/incidents/", incidents)));
    c.put("get /ui/reports/{id}", uiReads(s, paths("/ui/reports/", reports)));
    c.put("get /ui/groups/{name}", uiReads(s, "/ui/groups/Al-Shabaab"));
    c.put("get /ui/search", uiReads(s, "/ui/search?q=checkpoint", "/ui/search?q=checkpoint&country=PK",
        "/ui/search?q=police+officers&type=armed_assault"));
    c.put("get /ui/watchlists", uiReads(s, "/ui/watchlists"));
    c.put("get /ui/alerts", uiReads(s, "/ui/alerts"));
    c.put("get /ui/alerts/recent", uiReads(s, "/ui/alerts/recent", "/ui/alerts/recent?since=2000-01-01T00:00:00Z"));
    c.put("get /ui/alerts/stream", stream(s, true));
    return c;
  }

  private static String[] paths(String prefix, List<String> ids) {
    return ids.stream().map(id -> prefix + id).toArray(String[]::new);
  }

  /**
   * The live alert stream (REST or web UI): alpha's analyst raises the toll of alpha's RED
   * incident, which updates the alert of alpha's watchlist; only alpha's users hear of it.
   */
  private static Case stream(Stage s, boolean ui) {
    return who -> {
      List<String> lines = new CopyOnWriteArrayList<>();
      if (ui) {
        s.browser(who).stream("/ui/alerts/stream", lines);
      } else {
        s.openStream(who, lines);
      }
      waitFor(() -> !lines.isEmpty() && (lines.size() > 1 || !lines.get(0).equals("status 200")), 5000);
      HttpResponse<String> raised = s.api(Stage.identity("alpha-analyst"), "POST", "/api/incidents/"
          + s.incidents.get("Red") + "/reviews", "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"" + TOLL.incrementAndGet()
          + "\"}");
      assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
      boolean alpha = World.ALPHA.equals(who.reads());
      waitFor(() -> lines.stream().anyMatch(l -> l.startsWith("event: alert")), alpha ? 10_000 : 700);
      String all = String.join("\n", lines);
      for (String word : World.forbidden(who.reads())) {
        assertThat(all).as((ui ? "/ui" : "/api") + "/alerts/stream as " + who + " shows " + word).doesNotContain(word);
      }
      if (alpha) {
        assertThat(all).as("alpha's users hear of alpha's alert: " + lines).contains("event: alert").contains("Arauca");
      } else {
        assertThat(all).as("nobody else hears of it").doesNotContain("event: alert");
      }
      if (!who.signedIn()) {
        assertThat(lines.get(0)).isIn(ui ? "status 302" : "status 401");
      }
    };
  }

  /** The toll each stream check raises alpha's RED incident to: always higher, so the alert is updated. */
  private static final java.util.concurrent.atomic.AtomicInteger TOLL = new java.util.concurrent.atomic.AtomicInteger(100);

  static void waitFor(java.util.function.BooleanSupplier done, long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    return TestServer.json(r);
  }

  static JsonNode json(String body) {
    try {
      return TestServer.JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
