package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The web UI over HTTP on the demo set: sign-in, sessions, CSRF, escaping and the pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiTest {

  DemoServer demo;
  String csrf;

  @BeforeAll
  void start(@TempDir Path dir) {
    demo = new DemoServer(dir);
    csrf = demo.signIn();
  }

  @AfterAll
  void stop() {
    demo.close();
  }

  @Test
  void the_demo_set_has_at_least_60_reports_and_incidents_of_every_kind_of_story() {
    assertThat(demo.loaded.summary().read()).isGreaterThanOrEqualTo(60);
    assertThat(demo.store.stats().incidents()).isGreaterThan(50);
  }

  @Test
  void a_page_without_a_session_redirects_to_the_sign_in_form() {
    HttpResponse<String> r = new DemoServer.Anonymous(demo).get("/ui/");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/ui/login");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_lax() {
    DemoServer.Anonymous a = new DemoServer.Anonymous(demo);
    String token = DemoServer.csrf(a.get("/ui/login").body());
    HttpResponse<String> r = a.post("/ui/login", "csrf=" + DemoServer.enc(token) + "&name=analyst&password="
        + DemoServer.enc(demo.loaded.password()));
    assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
        .startsWith(UiAuth.COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void a_sign_in_without_the_form_token_is_refused() {
    DemoServer.Anonymous a = new DemoServer.Anonymous(demo);
    a.get("/ui/login");
    HttpResponse<String> r = a.post("/ui/login", "name=analyst&password=" + DemoServer.enc(demo.loaded.password()));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("CSRF");
  }

  @Test
  void a_wrong_password_shows_the_form_again_with_an_error() {
    DemoServer.Anonymous a = new DemoServer.Anonymous(demo);
    String token = DemoServer.csrf(a.get("/ui/login").body());
    HttpResponse<String> r = a.post("/ui/login", "csrf=" + DemoServer.enc(token) + "&name=analyst&password=wrong-one-1");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("wrong password");
  }

  @Test
  void the_dashboard_shows_the_counts_of_the_store() {
    String html = demo.get("/ui/").body();
    assertThat(html).contains("id=\"count-incidents\">" + demo.store.stats().incidents() + "<")
        .contains("id=\"count-reports\">" + demo.store.stats().reports() + "<")
        .contains("Top groups").contains("Latest incidents").contains("Open review items")
        .contains("Watchlists").contains("Alerts");
  }

  @Test
  void a_post_without_the_session_token_is_refused() {
    HttpResponse<String> r = demo.post("/ui/logout", "");
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void the_browser_libraries_and_the_stylesheet_are_served_from_the_classpath() {
    assertThat(demo.get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    assertThat(demo.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(demo.get("/ui/static/ui.css").statusCode()).isEqualTo(200);
  }
}
