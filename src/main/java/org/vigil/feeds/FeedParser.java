package org.vigil.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads RSS (0.9x, 1.0, 2.0) and Atom with Rome; document type declarations are refused. Thread-safe. */
final class FeedParser {

  /** A parsed feed: its title and items in the feed's order. */
  record Parsed(@Nullable String title, List<FeedItem> items) {}

  private FeedParser() {}

  /** @throws org.vigil.feeds.FeedException when the bytes are not an RSS or Atom feed */
  static Parsed parse(byte[] body) {
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new org.vigil.feeds.FeedException("not an RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String text = text(e);
      String key = first(e.getUri(), e.getLink(), e.getTitle());
      if (key == null) {
        continue; // nothing identifies it across polls
      }
      items.add(new FeedItem(key, blankToNull(e.getTitle()), text, blankToNull(e.getLink()),
          day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate())));
    }
    return new Parsed(blankToNull(feed.getTitle()), items);
  }

  private static String text(SyndEntry e) {
    StringBuilder b = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        b.append(ArticleText.ofFragment(c.getValue())).append("\n\n");
      }
    }
    if (b.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
      b.append(ArticleText.ofFragment(e.getDescription().getValue()));
    }
    return b.toString().strip();
  }

  private static @Nullable LocalDate day(@Nullable Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
