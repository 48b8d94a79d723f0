package org.vigil.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The words of an article page without its boilerplate: scripts, navigation, headers, footers,
 * asides, forms and comments are removed; the {@code article} element (or the element with the
 * most paragraph text) is kept. Thread-safe.
 */
final class ArticleText {

  private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
      + "svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
      + ".share, .social, .related, .comments, .advert, .ad, .newsletter, .cookie, .subscribe";

  private ArticleText() {}

  /** Plain text of an HTML fragment (an item's summary). */
  static String ofFragment(String html) {
    return Jsoup.parseBodyFragment(html).text().strip();
  }

  /** The article's text, paragraphs separated by blank lines. */
  static String ofPage(String html, String baseUri) {
    Document d = Jsoup.parse(html, baseUri);
    d.select(BOILERPLATE).remove();
    Element main = d.selectFirst("article");
    if (main == null) {
      main = d.selectFirst("main, [role=main]");
    }
    if (main == null) {
      main = densest(d);
    }
    StringBuilder b = new StringBuilder();
    for (Element p : main.select("p, h1, h2, h3, li")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        b.append(t).append("\n\n");
      }
    }
    String text = b.toString().strip();
    return text.isEmpty() ? main.text().strip() : text;
  }

  /** The element whose direct paragraphs hold the most text. */
  private static Element densest(Document d) {
    Element best = d.body();
    int bestLen = 0;
    java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element p : d.select("p")) {
      Element parent = p.parent();
      if (parent == null || !seen.add(parent)) {
        continue; // each parent once: a page of 100,000 sibling paragraphs must not cost their square
      }
      int len = 0;
      for (Element c : parent.children()) {
        if (c.tagName().equals("p")) {
          len += c.text().length();
        }
      }
      if (len > bestLen) {
        bestLen = len;
        best = parent;
      }
    }
    return best;
  }
}
