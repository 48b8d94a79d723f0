package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Aggregate views: reused while fresh, answered stale while refreshed, recomputed after a clear. */
class AggregateCacheTest {

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final TestClock clock = new TestClock();
  final AtomicInteger runs = new AtomicInteger();

  @Test
  void a_fresh_view_is_reused_and_a_stale_one_is_answered_while_it_is_computed_again() throws Exception {
    try (AggregateCache cache = new AggregateCache(UiSettings.defaults(), clock)) {
      assertThat(cache.<Integer>get("k", runs::incrementAndGet)).isEqualTo(1);
      assertThat(cache.<Integer>get("k", runs::incrementAndGet)).isEqualTo(1);
      clock.now = clock.now.plusSeconds(UiSettings.DEFAULT_AGGREGATE_SECONDS);
      assertThat(cache.<Integer>get("k", runs::incrementAndGet)).isEqualTo(1);
      for (int i = 0; i < 200 && runs.get() < 2; i++) {
        Thread.sleep(10);
      }
      for (int i = 0; i < 200 && cache.<Integer>get("k", () -> -1) != 2; i++) {
        Thread.sleep(10);
      }
      assertThat(cache.<Integer>get("k", runs::incrementAndGet)).isEqualTo(2);
    }
  }

  @Test
  void after_a_clear_the_next_request_computes_the_view_itself() {
    try (AggregateCache cache = new AggregateCache(UiSettings.defaults(), clock)) {
      cache.get("k", runs::incrementAndGet);
      cache.clear();
      assertThat(cache.<Integer>get("k", runs::incrementAndGet)).isEqualTo(2);
    }
  }
}
