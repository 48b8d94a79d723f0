package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil watch} and {@code vigil feeds} as a user meets them, on a real data directory. */
class WatchCommandTest extends CommandTest {

  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @BeforeEach
  void aUser() {
    assertThat(run("admin", "add-org", "alpha", "--data", data())).isZero();
    assertThat(run("admin", "add-user", "ana", "--org", "alpha", "--data", data())).isZero();
  }

  @Test
  void watchlists_are_added_listed_and_removed() {
    assertThat(run("watch", "add", "Shabaab", "--group", "al-Shabab", "--user", "ana", "--data", data())).isZero();
    assertThat(out.toString()).startsWith("watchlist 1: Shabaab (group al-Shabab)");
    assertThat(run("watch", "add", "Shrine", "--site", "Data Darbar", "--at", "31.58,74.30", "--radius", "5",
        "--category", "shrine", "--types", "bombing,armed_assault", "--org", "alpha", "--data", data())).isZero();

    assertThat(run("watch", "list", "--data", data())).isZero();
    assertThat(out.toString()).contains("1\tShabaab\tgroup\tal-Shabab\towner=user:")
        .contains("2\tShrine\tsite\tData Darbar\t31.58,74.3 r=5.0km\tcategory=shrine\ttypes=bombing,armed_assault");

    assertThat(run("watch", "remove", "1", "--data", data())).isZero();
    assertThat(run("watch", "list", "--data", data())).isZero();
    assertThat(out.toString()).doesNotContain("Shabaab");
  }

  @Test
  void vigil_ingest_raises_the_alerts_of_matching_watchlists() throws Exception {
    assertThat(run("watch", "add", "Shabaab", "--group", "al-Shabab", "--user", "ana", "--data", data())).isZero();
    Path f = dir.resolve("r.jsonl");
    java.nio.file.Files.writeString(f, org.vigil.ingest.KnowledgeBase.WIRE_1 + "\n" + org.vigil.ingest.KnowledgeBase.OTHER_4 + "\n");
    assertThat(run("ingest", f.toString(), "--data", data())).isZero();

    assertThat(run("watch", "alerts", "--data", data())).isZero();
    assertThat(out.toString().strip().lines()).singleElement().asString()
        .contains("\tv1\twatchlist 1\t").contains("Mogadishu").endsWith("group Al-Shabaab");
  }

  @Test
  void a_bad_watchlist_is_rejected_with_what_and_why() {
    assertThat(run("watch", "add", "X", "--group", "No Such Group", "--user", "ana", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("group 'No Such Group' is not in the group registry");

    assertThat(run("watch", "add", "X", "--place", "Kabul", "--at", "34.5", "--radius", "5", "--user", "ana",
        "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("--at: '34.5' is not coordinates of the form LAT,LON");

    assertThat(run("watch", "add", "X", "--site", "Stadium", "--at", "34.5,69.1", "--radius", "5", "--user", "ana",
        "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("a site watchlist needs a category");

    assertThat(run("watch", "add", "X", "--area", "AF", "--types", "picnic", "--user", "nobody", "--data",
        data())).isEqualTo(1);
    assertThat(err.toString()).contains("no user 'nobody'");

    assertThat(run("watch", "remove", "42", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("no watchlist 42");
  }

  @Test
  void feeds_are_added_with_an_interval_and_listed_with_their_status() {
    assertThat(run("feeds", "add", "https://news.example.org/feed.xml", "--every", "1h", "--data", data())).isZero();
    assertThat(out.toString()).contains("feed 1: https://news.example.org/feed.xml every 3600 s");

    assertThat(run("feeds", "list", "--data", data())).isZero();
    assertThat(out.toString()).contains("https://news.example.org/feed.xml\tevery 3600 s\titems seen 0\tlast success never");

    assertThat(run("feeds", "add", "ftp://x", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("a feed URL must be http or https");
    assertThat(run("feeds", "add", "https://a.example.org/f", "--every", "5s", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("shorter than feeds.min-every");
  }

  @Test
  void a_webhook_is_added_and_its_secret_shown_once() throws Exception {
    Files.writeString(dir.resolve("data").resolve("vigil.properties"), "outbound.allowed-hosts = 127.0.0.1\n");
    assertThat(run("watch", "webhook", "http://127.0.0.1:9/hook", "--user", "ana", "--data", data())).isZero();
    assertThat(out.toString()).contains("webhook 1: http://127.0.0.1:9/hook").containsPattern("signing secret \\(shown once\\): [0-9a-f]{48}");
  }

  /** Issue 16, finding 2: webhook URLs accepted loopback addresses. */
  @Test
  void a_webhook_into_the_servers_own_network_is_refused_unless_its_host_is_allowed() {
    assertThat(run("watch", "webhook", "http://127.0.0.1:9/hook", "--user", "ana", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("127.0.0.1").contains("loopback").contains("outbound.allowed-hosts");
    assertThat(run("watch", "webhook", "http://localhost:9/hook", "--user", "ana", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).as("checked after the name is resolved").contains("localhost is 127.0.0.1");
    assertThat(run("watch", "webhook", "http://10.1.2.3/hook", "--user", "ana", "--data", data())).isEqualTo(1);
    assertThat(err.toString()).contains("private");
  }
}
