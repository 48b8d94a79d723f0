package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.leaks.Checks.clean;

import java.net.http.HttpResponse;
import java.util.Map;
import org.vigil.access.Role;

/**
 * The web UI's forms in the leak suite: sign-in takes passwords only, never an API key; a review
 * of another organisation's incident is a proposal; only the owner decides proposals; an
 * organisation's watchlists are its own.
 */
final class UiWriteCases {

  private UiWriteCases() {}

  static void add(Stage s, Map<String, Case> c) {
    c.put("post /ui/login", who -> {
      Browser fresh = new Browser(s.t.url(""));
      if (who.org() == null) {
        HttpResponse<String> r = clean(fresh.signIn("stranger", s.key(Stage.identity("stranger"))), who, "sign in");
        assertThat(r.statusCode()).as("an API key is not a password").isEqualTo(401);
        return;
      }
      HttpResponse<String> withKey = clean(fresh.signIn(who.name(), s.key(who)), who, "sign in with a key");
      assertThat(withKey.statusCode()).as("signing in with an API key as " + who).isEqualTo(401);
      HttpResponse<String> r = clean(fresh.signIn(who.name(), who.password()), who, "sign in");
      assertThat(r.statusCode()).as("signing in as " + who).isEqualTo(who.revoked() ? 401 : 302);
    });
    c.put("post /ui/logout", who -> {
      Browser b = new Browser(s.t.url(""));
      if (who.org() != null) {
        b.signIn(who.name(), who.password());
      }
      b.get("/ui/");
      HttpResponse<String> r = clean(b.post("/ui/logout", Map.of()), who, "sign out");
      assertThat(r.statusCode()).isEqualTo(who.signedIn() ? 302 : 401);
      assertThat(b.get("/ui/").statusCode()).as("signed out").isEqualTo(302);
    });
    c.put("post /ui/incidents/{id}/review", who -> {
      HttpResponse<String> r = clean(s.browser(who).post("/ui/incidents/" + s.incidents.get("Clear") + "/review",
          Map.of("field", "wounded", "action", "set", "value", "3")), who, "review");
      int status = WriteCases.expected(who, 302, 302);
      assertThat(r.statusCode()).as("a review of alpha's CLEAR incident by " + who).isEqualTo(status);
      if (status == 302) {
        assertThat(r.headers().firstValue("Location").orElseThrow())
            .endsWith(World.ALPHA.equals(who.org()) ? "#field-wounded" : "#proposals");
      }
      if (who.signedIn() && who.role().atLeast(Role.ANALYST) && !World.ALPHA.equals(who.org())) {
        HttpResponse<String> hidden = clean(s.browser(who).post("/ui/incidents/" + s.incidents.get("Red") + "/review",
            Map.of("field", "wounded", "action", "set", "value", "3")), who, "review");
        assertThat(hidden.statusCode()).as("a review of an incident it may not read").isEqualTo(404);
      }
    });
    c.put("post /ui/proposals/{id}/accept", who -> decide(s, who, s.strangerUiProposal, "accept"));
    c.put("post /ui/proposals/{id}/reject", who -> decide(s, who, s.partnerUiProposal, "reject"));
    c.put("post /ui/watchlists", who -> {
      HttpResponse<String> r = clean(s.browser(who).post("/ui/watchlists", Map.of("name", "Form " + who, "kind",
          "keywords", "value", "checkpoint", "owner", "org")), who, "add a watchlist");
      assertThat(r.statusCode()).isEqualTo(WriteCases.expected(who, 302, 302));
    });
    c.put("post /ui/watchlists/{id}/remove", who -> {
      HttpResponse<String> r = clean(s.browser(who).post("/ui/watchlists/" + s.watchlists.get(World.GREEN_PARTNER)
          + "/remove", Map.of()), who, "remove a watchlist");
      if (!World.GREEN_PARTNER.equals(who.org())) {
        assertThat(r.statusCode()).as("removing greenpartner's watchlist as " + who).isIn(401, 403, 404);
      }
    });
  }

  private static void decide(Stage s, Identity who, long proposal, String verb) {
    HttpResponse<String> r = clean(s.browser(who).post("/ui/proposals/" + proposal + "/" + verb, Map.of()), who, verb);
    if (World.ALPHA.equals(who.reads()) && who.role().atLeast(Role.ANALYST)) {
      assertThat(r.statusCode()).as(verb + " by the owner's " + who).isIn(302, 404);
    } else {
      assertThat(r.statusCode()).as(verb + " by " + who + ", who does not own the incident").isIn(401, 403, 404);
    }
  }
}
