package org.vigil.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.outbound.OutboundException;
import org.vigil.outbound.OutboundPolicy;
import org.vigil.store.Database;
import org.vigil.store.FeedRow;
import org.vigil.store.SqlStore;
import org.vigil.web.SharedStore;

/**
 * Issue 16, finding 2: article pages linked from feed items were fetched with no address filter
 * and redirects were followed, so a feed item linking to a loopback address put that internal
 * page into the knowledge base. Here the feed's own host (127.0.0.1) is allowed by name, as an
 * administrator would allow an internal feed server; the same machine by another name
 * ("localhost") is not, since the check is on the resolved address.
 */
class OutboundPolicyTest {

  private static final String SECRET = "An internal page that must never reach the knowledge base, about a car bomb in "
      + "Kabul on Saturday that killed 99 people.";

  @TempDir Path dir;
  private SqlStore store;
  private SharedStore shared;
  private LocalServer server;

  @BeforeEach
  void open() throws Exception {
    store = SqlStore.open(Database.sqlite(dir));
    shared = new SharedStore(store);
    server = new LocalServer();
    server.on("/secret", ex -> LocalServer.send(ex, 200, "text/html", Feeds.articlePage(SECRET)));
    server.on("/go", ex -> {
      ex.getResponseHeaders().set("Location", server.url("/secret").replace("127.0.0.1", "localhost"));
      LocalServer.send(ex, 302, "text/plain", "");
    });
  }

  @AfterEach
  void close() {
    server.close();
    store.close();
  }

  private FeedRow pollFeedLinkingTo(String link, OutboundPolicy policy) {
    server.on("/feed.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml",
        Feeds.rss(Feeds.item("i-1", "Blast", "A short summary", link))));
    FeedRow f = shared.call(s -> s.feeds().add(server.url("/feed.xml"), 900));
    new FeedPoller(shared, new FeedSettings(Duration.ofMinutes(15), Duration.ofSeconds(1), 1 << 20, 5,
        Duration.ofSeconds(5), Duration.ofHours(1), 400, 1), policy, Clock.systemUTC(),
        new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8), () -> { }).poll(f);
    return shared.call(s -> s.feeds().byUrl(f.url())).orElseThrow();
  }

  private java.util.List<org.vigil.store.PendingStore.Pending> queued() {
    return shared.call(s -> s.pending().oldest(10));
  }

  @Test
  void an_item_linking_into_the_servers_own_network_keeps_its_summary_and_the_page_is_never_requested() {
    pollFeedLinkingTo(server.url("/secret").replace("127.0.0.1", "localhost"), Feeds.LOCAL);

    assertThat(server.requests).extracting(LocalServer.Request::path).containsExactly("/feed.xml");
    assertThat(queued()).singleElement()
        .satisfies(p -> assertThat(p.content()).contains("A short summary").doesNotContain("99 people"));
  }

  @Test
  void a_redirect_into_the_servers_own_network_is_checked_like_the_first_url_and_refused() {
    pollFeedLinkingTo(server.url("/go"), Feeds.LOCAL);

    assertThat(server.requests).extracting(LocalServer.Request::path).containsExactly("/feed.xml", "/go");
    assertThat(queued()).singleElement()
        .satisfies(p -> assertThat(p.content()).doesNotContain("99 people"));
  }

  @Test
  void a_feed_on_the_servers_own_network_is_an_error_of_that_feed_unless_its_host_is_allowed() {
    FeedRow f = pollFeedLinkingTo("https://news.example.org/1", OutboundPolicy.defaults());

    assertThat(server.requests).isEmpty();
    assertThat(f.lastError()).startsWith("refused: host 127.0.0.1 is 127.0.0.1, a loopback address")
        .contains("outbound.allowed-hosts");
  }

  @Test
  void every_kind_of_address_outside_the_public_internet_is_refused_and_an_allowed_name_is_taken() {
    OutboundPolicy p = new OutboundPolicy(Set.of("Feeds.Internal"), 5);
    for (String url : new String[] {"http://127.0.0.1/", "http://localhost/", "http://10.0.0.1/", "http://172.16.5.4/",
        "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/",
        "http://224.0.0.1/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[::ffff:10.0.0.1]/",
        "ftp://news.example.org/", "file:///etc/passwd", "http:///nohost"}) {
      assertThatThrownBy(() -> p.check(url)).as(url).isInstanceOf(OutboundException.class);
    }
    assertThat(p.check("http://feeds.internal/rss").getHost()).isEqualTo("feeds.internal");
    assertThat(p.check("http://93.184.215.14/").getHost()).isEqualTo("93.184.215.14");
    assertThatThrownBy(() -> p.redirect(java.net.URI.create("http://93.184.215.14/"), "http://93.184.215.14/b", 5))
        .hasMessageContaining("outbound.max-redirects");
  }
}
