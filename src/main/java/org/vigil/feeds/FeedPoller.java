package org.vigil.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vigil.outbound.OutboundPolicy;
import org.vigil.store.FeedRow;
import org.vigil.web.SharedStore;

/**
 * Polls every feed when it is due, each on its own schedule ({@code next_poll}), at most
 * {@code feeds.threads} at a time; a feed already being polled is not polled again. A poll
 * fetches with the stored validators, takes at most {@code feeds.max-items-per-poll} items not
 * seen before, fetches the article of an item that holds only a summary (where the outbound
 * policy allows: a link into the server's own network is not fetched), and queues the items as
 * pending reports with the feed's status in one transaction. An error is stored in the feed's
 * status and pushes its next poll back exponentially (up to {@code feeds.max-backoff-seconds}).
 * Lifecycle: {@link #start} once, {@link #stop} once. Thread-safe.
 */
public final class FeedPoller {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SharedStore store;
  private final FeedSettings settings;
  private final Clock clock;
  private final PrintStream log;
  private final Fetcher fetcher;
  private final Runnable queued;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "vigil-feeds"));
  private final ExecutorService pollers;

  /**
   * @param policy which addresses feeds and article pages may be fetched from
   * @param queued called after a poll queued new reports (to wake the ingest queue)
   */
  public FeedPoller(SharedStore store, FeedSettings settings, OutboundPolicy policy, Clock clock, PrintStream log,
      Runnable queued) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.log = log;
    this.queued = queued;
    this.fetcher = new Fetcher(settings, policy);
    this.pollers = Executors.newFixedThreadPool(settings.threads(), r -> daemon(r, "vigil-feed-poll"));
  }

  /** Checks for due feeds every {@code tick}. */
  public FeedPoller start(Duration tick) {
    ticker.scheduleWithFixedDelay(this::pollDue, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  public void stop() {
    ticker.shutdownNow();
    pollers.shutdownNow();
  }

  /** Starts a poll of every due feed that is not being polled. */
  void pollDue() {
    try {
      for (FeedRow f : store.call(s -> s.feeds().due(clock.instant()))) {
        if (inFlight.add(f.id())) {
          pollers.execute(() -> {
            try {
              poll(f);
            } finally {
              inFlight.remove(f.id());
            }
          });
        }
      }
    } catch (RuntimeException e) {
      log.println("vigil: feeds: cannot read the feeds to poll: " + e.getMessage());
    }
  }

  /** Polls one feed now and records its status; never throws for the feed's own errors. */
  public void poll(FeedRow f) {
    Instant started = clock.instant();
    try {
      Fetcher.Fetched r = fetcher.get(f.url(), f.etag(), f.lastModified());
      if (r.status() == 304) {
        store.call(s -> {
          s.feeds().succeeded(f.id(), f.etag(), f.lastModified(), 0, started, next(f, started));
          return null;
        });
        return;
      }
      if (r.status() < 200 || r.status() > 299) {
        throw new FeedException("HTTP " + r.status());
      }
      FeedParser.Parsed parsed = FeedParser.parse(r.body());
      List<FeedItem> fresh = store.call(s -> {
        List<FeedItem> out = new ArrayList<>();
        for (FeedItem i : parsed.items()) {
          if (out.size() < settings.maxItemsPerPoll() && !s.feeds().seen(f.id(), i.key())) {
            out.add(i);
          }
        }
        return out;
      });
      List<ObjectNode> records = new ArrayList<>();
      for (FeedItem i : fresh) {
        records.add(record(i, parsed.title() == null ? f.url() : parsed.title()));
      }
      store.call(s -> {
        for (int k = 0; k < fresh.size(); k++) {
          if (s.feeds().markSeen(f.id(), fresh.get(k).key()) && !records.get(k).path("text").asText().isBlank()) {
            s.pending().addRecord("feed:" + f.url(), records.get(k).toString());
          }
        }
        s.feeds().succeeded(f.id(), r.etag(), r.lastModified(), fresh.size(), started, next(f, started));
        return null;
      });
      if (!fresh.isEmpty()) {
        queued.run();
      }
    } catch (RuntimeException e) {
      String error = e instanceof FeedException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
      try {
        store.call(s -> {
          s.feeds().failed(f.id(), error, started, backoff(f, started));
          return null;
        });
      } catch (RuntimeException stored) {
        log.println("vigil: feeds: cannot record the error of " + f.url() + ": " + stored.getMessage());
      }
    }
  }

  private ObjectNode record(FeedItem i, String source) {
    String text = i.text();
    if (text.length() < settings.articleBelowChars() && i.link() != null) {
      try {
        Fetcher.Fetched page = fetcher.get(i.link(), null, null);
        if (page.status() >= 200 && page.status() <= 299) {
          String article = ArticleText.ofPage(new String(page.body(), StandardCharsets.UTF_8), i.link());
          if (article.length() > text.length()) {
            text = article;
          }
        }
      } catch (RuntimeException e) {
        // the summary stays: the article is a bonus, its failure (unreachable, or a page the
        // parser chokes on) is neither the feed's nor the other items'
      }
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("id", i.key());
    if (i.title() != null) {
      n.put("title", i.title());
    }
    n.put("text", text);
    if (i.published() != null) {
      n.put("published", i.published().toString());
    }
    n.put("source", source);
    if (i.link() != null) {
      n.put("url", i.link());
    }
    return n;
  }

  private Instant next(FeedRow f, Instant now) {
    return now.plusSeconds(f.everySeconds());
  }

  /** The every-interval doubled per error in a row, at most {@code feeds.max-backoff-seconds}. */
  private Instant backoff(FeedRow f, Instant now) {
    long wait = f.everySeconds() << Math.min(f.failures() + 1, 20);
    return now.plusSeconds(Math.max(f.everySeconds(), Math.min(wait, settings.maxBackoff().toSeconds())));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
