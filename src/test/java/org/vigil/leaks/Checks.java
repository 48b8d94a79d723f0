package org.vigil.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** The checks every answer of the leak suite goes through. */
final class Checks {

  private Checks() {}

  /**
   * The answer did not fail and holds no word of a canary {@code who} may not read: not in its
   * body, not in its headers (a redirect's location included).
   */
  static HttpResponse<String> clean(HttpResponse<String> r, Identity who, String what) {
    return clean(r, who, what, World.READS);
  }

  /** As {@link #clean(HttpResponse, Identity, String)}, with who reads what given. */
  static HttpResponse<String> clean(HttpResponse<String> r, Identity who, String what,
      java.util.Map<String, java.util.Set<String>> reads) {
    assertThat(r.statusCode()).as(what + " as " + who + ": " + r.body()).isLessThan(500);
    String headers = r.headers().map().toString();
    for (String word : World.forbidden(who.reads(), reads)) {
      assertThat(r.body()).as(what + " as " + who + " shows '" + word + "'").doesNotContain(word);
      assertThat(headers).as(what + " as " + who + " shows '" + word + "' in a header").doesNotContain(word);
    }
    return r;
  }

  /** GETs of the API or TAXII: 401 for nobody and for a revoked user, clean for the others. */
  static Case apiReads(Stage s, String... paths) {
    return who -> {
      for (String p : paths) {
        HttpResponse<String> r = clean(s.get(who, p), who, "GET " + p,
            p.startsWith("/taxii2") || p.startsWith("/api/objects") ? World.TAXII_READS : World.READS);
        if (!who.signedIn()) {
          assertThat(r.statusCode()).as("GET " + p + " as " + who).isEqualTo(401);
        }
      }
    };
  }

  /** GETs of the web UI: to the sign-in page for nobody and for a revoked user, clean for the others. */
  static Case uiReads(Stage s, String... paths) {
    return who -> {
      for (String p : paths) {
        HttpResponse<String> r = clean(s.browser(who).get(p), who, "GET " + p);
        if (!who.signedIn()) {
          assertThat(r.statusCode()).as("GET " + p + " as " + who).isEqualTo(302);
          assertThat(r.headers().firstValue("Location")).hasValue("/ui/login");
        } else {
          assertThat(r.statusCode()).as("GET " + p + " as " + who + ": " + r.body()).isIn(200, 400, 403, 404);
        }
      }
    };
  }

  /** GETs anyone may make, signed in or not. */
  static Case publicReads(Stage s, String... paths) {
    return who -> {
      for (String p : paths) {
        clean(s.browser(who).get(p), who, "GET " + p);
      }
    };
  }
}
