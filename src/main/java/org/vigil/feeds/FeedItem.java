package org.vigil.feeds;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed.
 *
 * @param key what identifies the item across polls: its guid or id, else its link, else its title
 * @param text the item's own text (content, else summary), tags removed; may be a mere summary
 */
record FeedItem(String key, @Nullable String title, String text, @Nullable String link,
    @Nullable LocalDate published) {

  FeedItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
  }
}
