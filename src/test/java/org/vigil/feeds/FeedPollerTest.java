package org.vigil.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Database;
import org.vigil.store.FeedRow;
import org.vigil.store.PendingStore.Pending;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.web.SharedStore;

/** The feed poller against a local feed server on loopback and a real SQLite file. */
class FeedPollerTest {

  @TempDir Path dir;
  private Store store;
  private SharedStore shared;
  private LocalServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void open() throws Exception {
    store = SqlStore.open(Database.sqlite(dir));
    shared = new SharedStore(store);
    server = new LocalServer();
  }

  @AfterEach
  void close() {
    release.countDown();
    server.close();
    store.close();
  }

  private static FeedSettings settings(long maxBytes, Duration timeout) {
    return new FeedSettings(Duration.ofMinutes(15), Duration.ofSeconds(1), maxBytes, 2, timeout, Duration.ofHours(1),
        120, 2);
  }

  private FeedPoller poller(FeedSettings s) {
    return new FeedPoller(shared, s, Feeds.LOCAL, Clock.systemUTC(), new PrintStream(PrintStream.nullOutputStream(), true,
        StandardCharsets.UTF_8), () -> { });
  }

  private FeedRow feed(String path) {
    return shared.call(s -> s.feeds().add(server.url(path), 900));
  }

  private FeedRow reload(FeedRow f) {
    return shared.call(s -> s.feeds().byUrl(f.url())).orElseThrow();
  }

  private List<Pending> queued() {
    return shared.call(s -> s.pending().oldest(100));
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void new_items_are_queued_once_and_a_second_poll_sends_the_etag_and_gets_304() {
    String body = Feeds.rss(Feeds.item("m-1", "Hotel bombing", Feeds.MOGADISHU, "https://news.example.org/1"));
    server.on("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, "application/rss+xml", "");
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        LocalServer.send(ex, 200, "application/rss+xml", body);
      }
    });
    FeedPoller p = poller(settings(1 << 20, Duration.ofSeconds(5)));
    FeedRow f = feed("/feed.xml");

    p.poll(f);
    p.poll(reload(f));

    assertThat(queued()).singleElement().satisfies(q -> {
      assertThat(q.origin()).isEqualTo("feed:" + f.url());
      assertThat(q.content()).contains("\"id\":\"m-1\"").contains("\"published\":\"2024-03-10\"")
          .contains("\"source\":\"Example News\"").contains("Al-Shabaab claimed");
    });
    assertThat(server.requests).extracting(LocalServer.Request::ifNoneMatch).containsExactly(null, "\"v1\"");
    FeedRow after = reload(f);
    assertThat(after.itemsSeen()).isEqualTo(1);
    assertThat(after.lastSuccess()).isNotNull();
    assertThat(after.lastError()).isNull();
  }

  @Test
  void at_most_the_items_per_poll_limit_are_taken_and_the_rest_wait_for_the_next_poll() {
    server.on("/feed.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml", Feeds.rss(
        Feeds.item("a", "A", Feeds.MOGADISHU, "https://news.example.org/a"),
        Feeds.item("b", "B", Feeds.KABUL + " " + Feeds.KABUL + " " + Feeds.KABUL, "https://news.example.org/b"),
        Feeds.item("c", "C", Feeds.MOGADISHU + " Again.", "https://news.example.org/c"))));
    FeedPoller p = poller(settings(1 << 20, Duration.ofSeconds(5)));
    FeedRow f = feed("/feed.xml");

    p.poll(f);
    assertThat(queued()).hasSize(2);
    p.poll(reload(f));
    assertThat(queued()).hasSize(3);
    assertThat(reload(f).itemsSeen()).isEqualTo(3);
  }

  @Test
  void an_item_with_only_a_summary_is_read_from_its_article_page_without_boilerplate() {
    server.on("/article/1", ex -> LocalServer.send(ex, 200, "text/html", Feeds.articlePage(Feeds.MOGADISHU)));
    server.on("/feed.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml",
        Feeds.rss(Feeds.item("s-1", "Hotel bombing", "<b>Car bomb</b> in Mogadishu", server.url("/article/1")))));
    FeedRow f = feed("/feed.xml");

    poller(settings(1 << 20, Duration.ofSeconds(5))).poll(f);

    assertThat(queued()).singleElement().satisfies(q -> assertThat(q.content())
        .contains("killing at least 12 people").doesNotContain("tracking").doesNotContain("Subscribe now")
        .doesNotContain("celebrity").doesNotContain("Copyright"));
  }

  @Test
  void an_atom_feed_is_read_too() {
    server.on("/atom.xml", ex -> LocalServer.send(ex, 200, "application/atom+xml",
        Feeds.atom("urn:example:1", "Checkpoint attack", Feeds.KABUL + " " + Feeds.KABUL)));
    FeedRow f = feed("/atom.xml");

    poller(settings(1 << 20, Duration.ofSeconds(5))).poll(f);

    assertThat(queued()).singleElement().satisfies(q -> assertThat(q.content()).contains("\"id\":\"urn:example:1\"")
        .contains("\"source\":\"Atom News\"").contains("Gunmen attacked"));
  }

  @Test
  void garbage_an_error_status_and_an_enormous_feed_are_errors_in_the_status_with_backoff() {
    server.on("/garbage.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml", "<html><body>not a feed"));
    server.on("/broken.xml", ex -> LocalServer.send(ex, 500, "text/plain", "oops"));
    server.on("/huge.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml",
        Feeds.rss(Feeds.item("h", "H", "x".repeat(5000), "https://news.example.org/h"))));
    FeedPoller p = poller(settings(2000, Duration.ofSeconds(5)));
    FeedRow garbage = feed("/garbage.xml");
    FeedRow broken = feed("/broken.xml");
    FeedRow huge = feed("/huge.xml");

    p.poll(garbage);
    p.poll(broken);
    p.poll(huge);
    p.poll(reload(broken));

    assertThat(reload(garbage).lastError()).startsWith("not an RSS or Atom feed");
    assertThat(reload(huge).lastError()).isEqualTo("the body is larger than feeds.max-bytes (2000 bytes)");
    FeedRow b = reload(broken);
    assertThat(b.lastError()).isEqualTo("HTTP 500");
    assertThat(b.failures()).isEqualTo(2);
    assertThat(b.nextPoll()).as("backed off: 2 x 2 x 900 s, from the last error")
        .isGreaterThan(java.time.Instant.parse(b.lastErrorAt()).plusSeconds(3000).toString());
    assertThat(queued()).isEmpty();
  }

  @Test
  void a_feed_that_never_answers_times_out_and_does_not_stall_another_feed() throws Exception {
    server.on("/stall.xml", ex -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.on("/good.xml", ex -> LocalServer.send(ex, 200, "application/rss+xml",
        Feeds.rss(Feeds.item("g", "G", Feeds.MOGADISHU, "https://news.example.org/g"))));
    FeedRow stall = feed("/stall.xml");
    FeedRow good = feed("/good.xml");
    FeedPoller p = poller(settings(1 << 20, Duration.ofSeconds(2))).start(Duration.ofMillis(50));
    try {
      await(() -> reload(good).lastSuccess() != null);
      assertThat(reload(stall).lastSuccess()).isNull();
      await(() -> reload(stall).lastError() != null);
      assertThat(reload(stall).lastError()).contains("feeds.timeout-seconds (2 s)");
    } finally {
      p.stop();
    }
  }
}
