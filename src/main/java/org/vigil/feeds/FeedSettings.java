package org.vigil.feeds;

import java.time.Duration;

/**
 * Limits of feed polling, each named as in {@code vigil.properties}.
 *
 * @param defaultEvery interval of a feed added without {@code --every} ({@code feeds.default-every-seconds})
 * @param minEvery shortest interval a feed may have ({@code feeds.min-every-seconds})
 * @param maxBytes largest feed or article page read; a larger one is an error of that feed
 *     ({@code feeds.max-bytes})
 * @param maxItemsPerPoll new items taken from one feed per poll; the rest wait for the next
 *     ({@code feeds.max-items-per-poll})
 * @param timeout connect and read timeout of one request ({@code feeds.timeout-seconds})
 * @param maxBackoff longest wait after errors in a row ({@code feeds.max-backoff-seconds})
 * @param articleBelowChars an item whose text is shorter than this is a summary: its article page
 *     is fetched ({@code feeds.fetch-article-below-chars}; 0 never fetches)
 * @param threads feeds polled at the same time ({@code feeds.threads})
 */
public record FeedSettings(Duration defaultEvery, Duration minEvery, long maxBytes, int maxItemsPerPoll,
    Duration timeout, Duration maxBackoff, int articleBelowChars, int threads) {

  public FeedSettings {
    if (minEvery.isNegative() || defaultEvery.compareTo(minEvery) < 0) {
      throw new IllegalArgumentException("feeds.default-every-seconds (" + defaultEvery.toSeconds()
          + ") must be at least feeds.min-every-seconds (" + minEvery.toSeconds() + ")");
    }
    if (maxBytes <= 0 || maxItemsPerPoll <= 0 || threads <= 0) {
      throw new IllegalArgumentException("feeds.max-bytes, feeds.max-items-per-poll and feeds.threads must be positive");
    }
    if (timeout.isNegative() || timeout.isZero() || maxBackoff.isNegative() || articleBelowChars < 0) {
      throw new IllegalArgumentException("feeds.timeout-seconds must be positive; feeds.max-backoff-seconds and "
          + "feeds.fetch-article-below-chars must not be negative");
    }
  }

  public static FeedSettings defaults() {
    return new FeedSettings(Duration.ofMinutes(15), Duration.ofSeconds(30), 5L << 20, 50, Duration.ofSeconds(20),
        Duration.ofHours(6), 400, 2);
  }
}
