package org.vigil.report;

import java.util.Locale;
import java.util.Set;

/**
 * How deep a page's elements nest, read from its tags without building the tree, so that a page
 * nested a million deep is refused before a parser fills the heap with it. Elements a browser
 * closes by itself ({@code p}, {@code li}, table cells) and void elements do not count, so that
 * ordinary pages with unclosed paragraphs are not taken for deep ones. Stateless.
 */
final class HtmlDepth {

  private static final Set<String> UNCOUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
      "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead",
      "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body");
  private static final Set<String> RAW = Set.of("script", "style", "textarea", "title", "xmp", "noscript");

  private HtmlDepth() {}

  /**
   * The deepest nesting reached, read only until it exceeds {@code limit} (then a value above
   * the limit is returned at once).
   */
  static int deepest(String html, int limit) {
    int depth = 0;
    int deepest = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < html.length()) {
      char c = html.charAt(i + 1);
      int close = html.indexOf('>', i);
      if (close < 0) {
        break;
      }
      if (c == '!' && html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? -1 : html.indexOf('<', end + 3);
        continue;
      }
      String name = name(html, c == '/' ? i + 2 : i + 1);
      if (c == '/' && !name.isEmpty() && !UNCOUNTED.contains(name)) {
        depth = Math.max(0, depth - 1);
      } else if (Character.isLetter(c) && !UNCOUNTED.contains(name) && html.charAt(close - 1) != '/') {
        if (RAW.contains(name)) {
          int end = closing(html, name, close);
          i = end < 0 ? -1 : html.indexOf('<', end + 2 + name.length());
          continue;
        }
        deepest = Math.max(deepest, ++depth);
        if (deepest > limit) {
          return deepest;
        }
      }
      i = html.indexOf('<', close + 1);
    }
    return deepest;
  }

  /** Where {@code </name} starts after {@code from}, in any case; -1 if nowhere. */
  private static int closing(String html, String name, int from) {
    for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
      if (html.regionMatches(true, i + 2, name, 0, name.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String name(String html, int from) {
    int j = from;
    while (j < html.length() && Character.isLetterOrDigit(html.charAt(j))) {
      j++;
    }
    return html.substring(from, j).toLowerCase(Locale.ROOT);
  }
}
