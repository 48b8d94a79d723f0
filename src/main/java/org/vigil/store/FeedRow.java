package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A feed and its polling status.
 *
 * @param everySeconds the normal interval between polls
 * @param etag and {@code lastModified}: validators of the last answer, sent back in a conditional GET
 * @param nextPoll ISO instant of the next poll (pushed back exponentially after errors)
 * @param failures errors in a row since the last success
 * @param lastSuccess ISO instant of the last successful poll, or null
 * @param lastError the last error, naming what failed, or null
 * @param itemsSeen new items taken from the feed so far
 */
public record FeedRow(long id, String url, long everySeconds, @Nullable String etag, @Nullable String lastModified,
    String nextPoll, int failures, @Nullable String lastSuccess, @Nullable String lastError,
    @Nullable String lastErrorAt, long itemsSeen) {

  public FeedRow {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(nextPoll, "nextPoll");
  }
}
