package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.leaks.Checks.clean;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.access.Role;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.merge.MergeRules;
import org.vigil.monitor.QueueDrain;

/**
 * The write routes of the leak suite: who may write what (an organisation writes its own; a
 * review of another's incident is a proposal to it; a pushed report belongs to the pusher), and
 * that a write never answers with what the writer may not read.
 */
final class WriteCases {

  private WriteCases() {}

  static Map<String, Case> of(Stage s) {
    Map<String, Case> c = new LinkedHashMap<>();
    c.put("post /taxii2/{root}/collections/{collection}/objects", who -> {
      HttpResponse<String> r = clean(s.api(who, "POST", Stage.taxii("objects/"), "{\"objects\":[]}"), who, "POST objects");
      int expected = !who.signedIn() ? 401 : World.ALPHA.equals(who.org()) && who.role().atLeast(Role.ANALYST) ? 202 : 403;
      assertThat(r.statusCode()).as("a TAXII write as " + who + ": " + r.body()).isEqualTo(expected);
    });
    c.put("delete /taxii2/{root}/collections/{collection}/objects/{object}", who -> {
      boolean admin = World.ALPHA.equals(who.reads()) && who.role().atLeast(Role.ADMIN);
      String id = admin ? Stage.INDICATOR : s.objectIds.get(s.objectIds.size() - 1);
      HttpResponse<String> r = clean(s.api(who, "DELETE", Stage.taxii("objects/" + id + "/"), null), who, "DELETE");
      if (admin) {
        assertThat(r.statusCode()).as("alpha's admin deletes alpha's object: " + r.body()).isEqualTo(200);
      } else {
        assertThat(r.statusCode()).as("deleting " + id + " as " + who + ": " + r.body()).isIn(401, 403, 404);
      }
      if (!admin) {
        assertThat(s.get(Stage.identity("alpha-reader"), Stage.taxii("objects/" + id + "/")).statusCode())
            .as("alpha's object is still there").isEqualTo(200);
      }
    });
    c.put("post /api/incidents/{id}/reviews", who -> {
      HttpResponse<String> r = clean(review(s, who, "Clear", "12"), who, "review");
      assertThat(r.statusCode()).as("a review of alpha's CLEAR incident by " + who + ": " + r.body())
          .isEqualTo(expected(who, 200, 202));
      if (who.signedIn() && who.role().atLeast(Role.ANALYST) && !World.ALPHA.equals(who.org())) {
        assertThat(clean(review(s, who, "Strict", "13"), who, "review").statusCode())
            .as("a review of an incident it may not read").isEqualTo(404);
      }
      assertThat(killed(s, "Clear")).as("only alpha's analysts change alpha's incident").isIn(4, 12);
    });
    c.put("post /api/reports", who -> {
      String body = "{\"id\":\"pushed\",\"title\":\"CanaryPushed attack\",\"source\":\"OutletPushed\",\"published\":"
          + "\"2024-03-10\",\"marking\":\"green\",\"text\":" + com.fasterxml.jackson.databind.node.TextNode
          .valueOf(World.PUSHED.text()) + "}";
      HttpResponse<String> r = clean(s.api(who, "POST", "/api/reports",
          World.STRANGER.equals(who.org()) ? body : "{\"text\":\"x\",\"marking\":\"purple\"}"), who, "push");
      assertThat(r.statusCode()).as("a push as " + who + ": " + r.body()).isEqualTo(!who.signedIn() ? 401
          : !who.role().atLeast(Role.ANALYST) ? 403 : World.STRANGER.equals(who.org()) ? 202 : 422);
      if (r.statusCode() == 202) {
        drain(s);
        assertThat(s.get(who, "/api/search?q=CanaryPushed").body()).as("the pusher reads its report").contains("Lima");
        for (Identity other : Identity.ALL) {
          if (other.signedIn() && !World.STRANGER.equals(other.org())) {
            clean(s.get(other, "/api/search?q=CanaryPushed"), other, "search for the stranger's report");
            clean(s.get(other, "/api/incidents?limit=100"), other, "incidents after the stranger's push");
          }
        }
      }
    });
    c.put("post /api/watchlists", who -> {
      HttpResponse<String> r = clean(s.api(who, "POST", "/api/watchlists", "{\"name\":\"Mine " + who + "\",\"kind\":"
          + "\"keywords\",\"value\":\"checkpoint\"}"), who, "add a watchlist");
      assertThat(r.statusCode()).isEqualTo(!who.signedIn() ? 401 : who.role().atLeast(Role.ANALYST) ? 201 : 403);
      if (r.statusCode() == 201) {
        for (Identity other : Identity.ALL) {
          if (other.signedIn() && !other.org().equals(who.org())) {
            assertThat(s.get(other, "/api/watchlists").body()).as(other + " sees " + who + "'s watchlist")
                .doesNotContain("Mine " + who);
          }
        }
      }
    });
    c.put("delete /api/watchlists/{id}", who -> {
      long partners = s.watchlists.get(World.PARTNER);
      HttpResponse<String> r = clean(s.api(who, "DELETE", "/api/watchlists/" + partners, null), who, "remove");
      if (!World.PARTNER.equals(who.org())) {
        assertThat(r.statusCode()).as("removing the partner's watchlist as " + who).isIn(401, 403, 404);
      }
    });
    c.put("post /api/proposals/{id}/accept", who -> decide(s, who, s.strangerProposal, "accept"));
    c.put("post /api/proposals/{id}/reject", who -> decide(s, who, s.partnerProposal, "reject"));
    UiWriteCases.add(s, c);
    return c;
  }

  static int expected(Identity who, int owner, int other) {
    if (!who.signedIn()) {
      return 401;
    }
    if (!who.role().atLeast(Role.ANALYST)) {
      return 403;
    }
    return World.ALPHA.equals(who.org()) ? owner : other;
  }

  private static HttpResponse<String> review(Stage s, Identity who, String canary, String killed) {
    return s.api(who, "POST", "/api/incidents/" + s.incidents.get(canary) + "/reviews",
        "{\"field\":\"killed\",\"action\":\"set\",\"value\":\"" + killed + "\"}");
  }

  static int killed(Stage s, String canary) {
    return ReadCases.json(s.get(Stage.identity("alpha-reader"), "/api/incidents/" + s.incidents.get(canary)))
        .path("casualties").path("killed").path("value").asInt();
  }

  private static void decide(Stage s, Identity who, long proposal, String verb) {
    HttpResponse<String> r = clean(s.api(who, "POST", "/api/proposals/" + proposal + "/" + verb, null), who, verb);
    if (World.ALPHA.equals(who.reads()) && who.role().atLeast(Role.ANALYST)) {
      assertThat(r.statusCode()).as(verb + " by the owner's " + who).isIn(200, 404);
    } else {
      assertThat(r.statusCode()).as(verb + " by " + who + ", who does not own the incident").isIn(401, 403, 404);
    }
  }

  private static void drain(Stage s) {
    new QueueDrain(s.t.shared, KnowledgeBase.ENGINE, KnowledgeBase.REGISTRIES, MergeRules.defaults(),
        IngestSettings.defaults(), IntakeSettings.defaults(), s.t.bus,
        new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8)).drain();
  }
}
