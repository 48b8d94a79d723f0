package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Watchlists and Alerts pages over HTTP on the demo set: forms with CSRF, escaping, errors on
 * the page, alerts raised by ingested reports, and the session-authenticated alert stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchlistAlertPagesTest {

  static final String WIRE = "MOGADISHU, Somalia (Test Wire) - A car bomb exploded outside a hotel in Mogadishu on "
      + "Saturday, killing at least 12 people and wounding 20 others, police said. Al-Shabaab claimed responsibility "
      + "for the attack in a statement on its radio station.";
  static final String LATER = "MOGADISHU, Somalia (Test Daily) - At least 17 people were killed and 25 wounded when "
      + "a car bomb exploded outside a hotel in Mogadishu on Saturday, officials said on Monday, raising the toll. "
      + "Al-Shabaab claimed the bombing.";
  static final String BAIDOA = "BAIDOA, Somalia (Test Wire) - A suicide bomber blew himself up at a restaurant in "
      + "Baidoa on Thursday, killing 7 people and wounding 11, police said. Al-Shabaab claimed responsibility.";
  static final String KISMAYO = "KISMAYO, Somalia (Test Wire) - Gunmen stormed a police station in Kismayo on "
      + "Tuesday, killing 4 officers and wounding 6, a regional official said. Al-Shabaab said its fighters carried "
      + "out the raid.";
  private static final Pattern ROW = Pattern.compile("data-watchlist-id=\"(\\d+)\"><td>([^<]*)</td>");

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
  void the_navigation_links_to_the_watchlists_and_alerts_pages() {
    assertThat(demo.get("/ui/").body()).contains("<a href=\"/ui/watchlists\">Watchlists</a>")
        .contains("<a href=\"/ui/alerts\">Alerts</a>").doesNotContain("class=\"soon\"");
  }

  @Test
  void a_watchlist_added_through_the_form_is_listed_and_its_remove_button_removes_it() {
    HttpResponse<String> added = add("name=Ports&kind=place&value=Kismayo+port&coordinates=-0.36,42.55"
        + "&radiusKm=15&type=bombing&type=armed_assault&minKilled=2&owner=org");
    assertThat(added.statusCode()).isEqualTo(302);
    String page = demo.get("/ui/watchlists").body();
    assertThat(page).contains(">Ports</td><td>place</td><td>Kismayo port (-0.36, 42.55, within 15.0 km)</td>"
        + "<td>types bombing, armed assault; at least 2 killed</td><td>your organisation</td>");
    long id = idOf(page, "Ports");
    assertThat(demo.post("/ui/watchlists/" + id + "/remove", "csrf=" + DemoServer.enc(csrf)).statusCode())
        .isEqualTo(302);
    assertThat(demo.get("/ui/watchlists").body()).doesNotContain(">Ports</td>");
  }

  @Test
  void a_form_without_the_session_token_adds_and_removes_nothing() {
    assertThat(demo.post("/ui/watchlists", "name=NoToken&kind=keywords&value=ambush").statusCode()).isEqualTo(403);
    add("name=Kept&kind=keywords&value=convoy");
    long id = idOf(demo.get("/ui/watchlists").body(), "Kept");
    assertThat(demo.post("/ui/watchlists/" + id + "/remove", "").statusCode()).isEqualTo(403);
    assertThat(demo.get("/ui/watchlists").body()).doesNotContain("NoToken").contains(">Kept</td>");
  }

  @Test
  void a_script_tag_in_a_watchlist_keyword_shows_as_text() {
    add("name=" + DemoServer.enc("<b>bold</b>") + "&kind=keywords&value=" + DemoServer.enc("<script>alert('kw')</script>"));
    String page = demo.get("/ui/watchlists").body();
    assertThat(page).contains("&lt;script&gt;alert(&#39;kw&#39;)&lt;/script&gt;").contains("&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<script>alert").doesNotContain("<b>bold");
  }

  @Test
  void bad_input_is_answered_on_the_page_with_a_clear_message_and_the_values_kept() {
    HttpResponse<String> place = add("name=Somewhere&kind=place&value=" + DemoServer.enc("<i>x</i>")
        + "&coordinates=north&radiusKm=5");
    assertThat(place.statusCode()).isEqualTo(400);
    assertThat(place.body()).contains("id=\"watch-error\">&#39;north&#39; is not coordinates of the form LAT,LON")
        .contains("value=\"&lt;i&gt;x&lt;/i&gt;\"").contains("<form method=\"post\" action=\"/ui/watchlists\"")
        .doesNotContain("Exception").doesNotContain("<i>x");
    assertThat(add("kind=group&value=Nobody+Brigade").body()).contains("group &#39;Nobody Brigade&#39; is not in the group registry");
    assertThat(add("kind=site&value=Shrine&coordinates=31.58,74.3&radiusKm=5").body()).contains("needs a category");
    assertThat(add("kind=area&value=SO&minKilled=many").body()).contains("minimum killed &#39;many&#39; is not a number");
    assertThat(demo.get("/ui/watchlists").body()).doesNotContain("Somewhere");
  }

  @Test
  void an_alert_raised_by_ingesting_a_matching_report_appears_on_the_alerts_page() {
    assertThat(add("name=Shabaab&kind=group&value=al-Shabaab").statusCode()).isEqualTo(302);
    demo.ingest("test-baidoa-1", BAIDOA, "2026-11-20");
    String page = demo.get("/ui/alerts").body();
    assertThat(page).contains("<td>Shabaab</td>").contains("group Al-Shabaab").contains("href=\"/ui/incidents/")
        .contains("src=\"/ui/static/alerts.js\"").doesNotContain("id=\"no-alerts\"");
    assertThat(demo.get("/ui/alerts?page=0").statusCode()).isEqualTo(400);
  }

  @Test
  void a_later_report_that_raises_the_toll_shows_as_version_2_of_the_same_alert() {
    add("name=Toll&kind=group&value=al-Shabaab");
    demo.ingest("test-wire-1", WIRE, "2026-11-21");
    demo.ingest("test-daily-1", LATER, "2026-11-23");
    String page = demo.get("/ui/alerts").body();
    assertThat(page).containsPattern("<td>Toll</td><td><a href=\"/ui/incidents/\\d+\">#\\d+ bombing in Mogadishu[^<]*17 killed"
        + "[^<]*</a></td><td>group Al-Shabaab</td><td class=\"n\">2 \\(updated\\)</td>");
    assertThat(page.split("<td>Toll</td>", -1)).hasSize(2);
  }

  @Test
  void the_session_authenticated_stream_delivers_an_event_for_a_new_alert() throws InterruptedException {
    add("name=Shabaab+live&kind=group&value=al-Shabaab");
    BlockingQueue<String> lines = demo.stream("/ui/alerts/stream");
    assertThat(lines.poll(20, TimeUnit.SECONDS)).isEqualTo("status: 200");
    assertThat(lines.poll(20, TimeUnit.SECONDS)).startsWith(": vigil alerts for analyst");
    demo.ingest("test-wire-2", KISMAYO, "2026-11-24");
    String data = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (data == null && System.nanoTime() < until) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("data: ") && line.contains("Shabaab live")) {
        data = line;
      }
    }
    assertThat(data).isNotNull().contains("\"event\":\"alert.created\"").contains("group Al-Shabaab");
  }

  @Test
  void the_stream_without_a_session_is_not_opened() {
    HttpResponse<String> r = new DemoServer.Anonymous(demo).get("/ui/alerts/stream");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/ui/login");
  }

  private HttpResponse<String> add(String form) {
    return demo.post("/ui/watchlists", "csrf=" + DemoServer.enc(csrf) + "&" + form);
  }

  private static long idOf(String page, String name) {
    Matcher m = ROW.matcher(page);
    while (m.find()) {
      if (m.group(2).equals(name)) {
        return Long.parseLong(m.group(1));
      }
    }
    throw new AssertionError("no watchlist " + name + " on the page");
  }
}
