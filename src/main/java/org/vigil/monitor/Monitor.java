package org.vigil.monitor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.vigil.alert.AlertBus;
import org.vigil.alert.Digest;
import org.vigil.alert.WebhookSender;
import org.vigil.alert.WebhookSettings;
import org.vigil.extract.Extractor;
import org.vigil.feeds.FeedPoller;
import org.vigil.feeds.FeedSettings;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.outbound.OutboundPolicy;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.web.SharedStore;

/**
 * The background work of {@code vigil serve}: the feed poller, the drop-directory watcher, the
 * ingest queue and webhook delivery, each on its own thread so none waits on another. Queued
 * reports left by a previous run are ingested at start. Lifecycle: {@link #start} once,
 * {@link #stop} once. Thread-safe.
 */
public final class Monitor {

  /**
   * What to run.
   *
   * @param dropDir the drop directory, or null for none
   * @param tick how often due feeds, the queue, the drop directory (fallback scan) and due
   *     webhook deliveries are checked
   * @param feedUrls feeds to add (at {@code feeds.default-every-seconds}) when starting
   * @param intake the owner and marking of what the feeds and the drop directory bring
   * @param outbound which addresses feeds, article pages and webhooks may reach
   */
  public record Options(FeedSettings feeds, WebhookSettings webhooks, IngestSettings ingest, MergeRules merge,
      @Nullable Path dropDir, Duration tick, List<String> feedUrls, IntakeSettings intake, OutboundPolicy outbound) {
    public Options {
      feedUrls = List.copyOf(feedUrls);
    }
  }

  private final SharedStore store;
  private final Options options;
  private final PrintStream log;
  private final QueueDrain drain;
  private final FeedPoller poller;
  private final WebhookSender sender;
  private final @Nullable DropDirectory drop;
  private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(3, r -> {
    Thread t = new Thread(r, "vigil-monitor");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean drainQueued = new AtomicBoolean();
  private final Clock clock;
  private volatile @Nullable Thread watching;
  private volatile @Nullable LocalDate digested;

  public Monitor(SharedStore store, Extractor extractor, Registries registries, AlertBus bus, Options options,
      Clock clock, PrintStream log) throws IOException {
    this.store = store;
    this.clock = clock;
    this.options = options;
    this.log = log;
    this.drain = new QueueDrain(store, extractor, registries, options.merge(), options.ingest(), options.intake(), bus,
        log);
    this.poller = new FeedPoller(store, options.feeds(), options.outbound(), clock, log, this::wake);
    this.sender = new WebhookSender(store, options.webhooks(), options.outbound(), clock);
    this.drop = options.dropDir() == null ? null
        : new DropDirectory(options.dropDir(), options.ingest().maxGzipBytes(), store, log);
  }

  public Monitor start() {
    store.call(s -> {
      for (String url : options.feedUrls()) {
        if (s.feeds().byUrl(url).isEmpty()) {
          s.feeds().add(url, options.feeds().defaultEvery().toSeconds());
        }
      }
      return null;
    });
    long tick = options.tick().toMillis();
    poller.start(options.tick());
    workers.scheduleWithFixedDelay(() -> guarded("ingest queue", this::drainNow), 0, tick, TimeUnit.MILLISECONDS);
    workers.scheduleWithFixedDelay(() -> guarded("webhooks", this::webhooks), tick, tick, TimeUnit.MILLISECONDS);
    if (drop != null) {
      workers.scheduleWithFixedDelay(() -> guarded("drop directory", this::scanDrop), 0, tick, TimeUnit.MILLISECONDS);
      Thread watcher = new Thread(() -> drop.watch(() -> guarded("drop directory", this::scanDrop)), "vigil-drop");
      watcher.setDaemon(true);
      watcher.start();
      watching = watcher;
    }
    return this;
  }

  public void stop() {
    poller.stop();
    workers.shutdownNow();
    if (watching != null) {
      watching.interrupt();
    }
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks for the queue to be drained soon (after reports were queued). */
  public void wake() {
    if (drainQueued.compareAndSet(false, true)) {
      workers.execute(() -> guarded("ingest queue", this::drainNow));
    }
  }

  private void drainNow() {
    drainQueued.set(false);
    drain.drain();
  }

  /** Queues yesterday's digests once a day (idempotent in the store), then sends due deliveries. */
  private void webhooks() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(digested)) {
      store.call(s -> Digest.queueFor(s, today.minusDays(1), clock.instant()));
      digested = today;
    }
    sender.sendDue();
  }

  private void scanDrop() {
    if (drop != null && drop.scan() > 0) {
      wake();
    }
  }

  private void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.println("vigil: " + what + ": " + e.getMessage());
    }
  }

}
