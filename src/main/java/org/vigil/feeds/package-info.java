/**
 * Feeds: RSS and Atom feeds (parsed with Rome) polled each on its own schedule with conditional
 * GET (ETag, Last-Modified), exponential backoff on errors, per-feed status, and the article page
 * fetched (boilerplate removed with jsoup) when an item holds only a summary. Every limit (bytes,
 * items per poll, timeouts) is named in {@link org.vigil.feeds.FeedSettings}. New items are
 * queued as pending reports; a slow, huge or broken feed never stalls the others.
 */
@NullMarked
package org.vigil.feeds;

import org.jspecify.annotations.NullMarked;
