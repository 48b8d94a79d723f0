package org.vigil.ui;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  static final ObjectMapper JSON = new ObjectMapper();

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
    assertThat(demo.store.stats(Viewer.OPERATOR).incidents()).isGreaterThan(50);
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
    assertThat(html).contains("id=\"count-incidents\">" + demo.store.stats(Viewer.OPERATOR).incidents() + "<")
        .contains("id=\"count-reports\">" + demo.store.stats(Viewer.OPERATOR).reports() + "<")
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

  @Test
  void the_map_data_lists_located_incidents_and_a_group_filter_reduces_them() throws Exception {
    JsonNode all = JSON.readTree(demo.get("/ui/map/data").body());
    JsonNode shabaab = JSON.readTree(demo.get("/ui/map/data?group=al-shabaab").body());
    assertThat(all.path("points").size()).isGreaterThan(20);
    assertThat(shabaab.path("points").size()).isPositive().isLessThan(all.path("points").size());
    assertThat(shabaab.path("points")).allSatisfy(p -> assertThat(p.path("group").asText()).isEqualTo("Al-Shabaab"));
  }

  @Test
  void a_tlp_filter_below_the_records_marking_shows_no_markers() throws Exception {
    assertThat(JSON.readTree(demo.get("/ui/map/data?tlp=clear").body()).path("points")).isEmpty();
    assertThat(JSON.readTree(demo.get("/ui/map/data?tlp=amber").body()).path("points")).isNotEmpty();
    assertThat(demo.get("/ui/map/data?tlp=purple").statusCode()).isEqualTo(400);
  }

  @Test
  void a_bad_map_filter_is_a_400_that_names_it() {
    HttpResponse<String> r = demo.get("/ui/map/data?country=Somalia");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("country");
  }

  @Test
  void the_basemap_is_geojson_made_from_the_natural_earth_shapes() throws Exception {
    JsonNode g = JSON.readTree(demo.get("/ui/map/countries").body());
    assertThat(g.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(g.path("features").size()).isGreaterThan(200);
    JsonNode ring = g.path("features").get(0).path("geometry").path("coordinates").get(0);
    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
  }

  @Test
  void a_correction_shows_as_the_chosen_value_and_in_the_history() {
    long id = firstIncident();
    String page = demo.get("/ui/incidents/" + id).body();
    HttpResponse<String> r = demo.post("/ui/incidents/" + id + "/review", "csrf=" + DemoServer.enc(DemoServer.csrf(page))
        + "&field=wounded&action=set&value=77");
    assertThat(r.statusCode()).isEqualTo(302);
    String after = demo.get("/ui/incidents/" + id).body();
    assertThat(after).contains("data-field=\"wounded\">77 <span class=\"muted\">(corrected)")
        .contains("analyst corrected wounded to 77");
  }

  @Test
  void a_review_without_the_session_token_is_refused_and_changes_nothing() {
    long id = firstIncident();
    HttpResponse<String> r = demo.post("/ui/incidents/" + id + "/review", "field=killed&action=set&value=999");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(demo.get("/ui/incidents/" + id).body()).doesNotContain(">999");
  }

  @Test
  void a_script_tag_in_a_report_shows_as_text_on_the_incident_page() {
    long reportId = demo.store.reports().search(Viewer.OPERATOR, "xss", 5).get(0).id();
    long incident = demo.store.sources().ofReport(Viewer.OPERATOR, reportId).get(0).incidentId();
    String html = demo.get("/ui/incidents/" + incident).body();
    assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void a_report_page_shows_the_script_tag_as_text_and_marks_groups_places_and_numbers() {
    long reportId = demo.store.reports().search(Viewer.OPERATOR, "xss", 5).get(0).id();
    String html = demo.get("/ui/reports/" + reportId).body();
    assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("<mark class=\"e-place\"").contains("<mark class=\"e-number\"");
  }

  @Test
  void a_group_profile_shows_aliases_countries_and_its_incidents() {
    HttpResponse<String> r = demo.get("/ui/groups/al-shabaab");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1 id=\"group-name\">Al-Shabaab</h1>").contains("Somalia")
        .contains("Aliases in reports").contains("id=\"graph\"").contains("/ui/incidents/");
  }

  @Test
  void an_unknown_group_is_a_404_page() {
    HttpResponse<String> r = demo.get("/ui/groups/no-such-group-%3Cb%3E");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("no-such-group-&lt;b&gt;").doesNotContain("<b>");
  }

  @Test
  void search_finds_reports_with_facets_and_marked_snippets_and_a_facet_narrows_them() {
    String html = demo.get("/ui/search?q=police").body();
    assertThat(html).contains("<mark class=\"hit\"").contains("<h2>type</h2>").contains("<h2>country</h2>")
        .contains("<h2>year</h2>").contains("<h2>source</h2>").contains("<h2>group</h2>");
    int all = count(html, "class=\"result\"");
    int kenya = count(demo.get("/ui/search?q=police&country=KE").body(), "class=\"result\"");
    assertThat(kenya).isPositive().isLessThan(all);
  }

  @Test
  void the_incident_list_pages_through_the_filtered_incidents() {
    String first = demo.get("/ui/incidents").body();
    assertThat(count(first, "href=\"/ui/incidents/")).isEqualTo(UiSettings.DEFAULT_PAGE_SIZE);
    assertThat(first).contains("rel=\"next\" href=\"/ui/incidents?page=2\"");
    String somalia = demo.get("/ui/incidents?country=SO").body();
    assertThat(somalia).contains("Somalia").doesNotContain("rel=\"next\"");
    assertThat(demo.get("/ui/incidents?page=0").statusCode()).isEqualTo(400);
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private long firstIncident() {
    return demo.store.incidents().query(Viewer.OPERATOR, org.vigil.store.IncidentFilter.all(), 1, 0).get(0).id();
  }
}
