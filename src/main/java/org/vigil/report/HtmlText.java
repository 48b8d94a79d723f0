package org.vigil.report;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The readable text of an HTML page: navigation, scripts, forms and other boilerplate removed,
 * paragraphs separated by blank lines, every character mapped back to its offset in the HTML.
 * Stateless and thread-safe.
 */
final class HtmlText {

  private static final String BOILERPLATE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, "
          + "figure figcaption, [role=navigation], [aria-hidden=true]";
  private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
      "(?i)\\b(nav|menu|footer|header|sidebar|comments?|share|social|related|advert\\w*|ads?|"
          + "cookie\\w*|subscribe|promo\\w*|breadcrumbs?|newsletter)\\b");
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "br", "tr", "blockquote", "section", "article", "main", "dd", "dt", "pre", "table",
      "ul", "ol", "hr", "figure");

  /** @param cut true when elements nested deeper than the limit were left out */
  record Result(String text, int[] origin, @Nullable String title, @Nullable String published, boolean cut) {}

  private HtmlText() {}

  static Result extract(String html, int maxDepth) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    String title = firstNonBlank(
        doc.select("meta[property=og:title]").attr("content"),
        doc.select("h1").text(),
        doc.title());
    String published = firstNonBlank(
        doc.select("meta[property=article:published_time]").attr("content"),
        doc.select("time[datetime]").attr("datetime"));
    doc.select(BOILERPLATE).remove();
    for (Element e : doc.getAllElements()) {
      if (e.parent() != null && BOILERPLATE_CLASS.matcher(e.className() + " " + e.id()).find()
          && !e.tagName().equals("body") && !e.tagName().equals("article")) {
        e.remove();
      }
    }
    Element root = pickRoot(doc);
    Builder b = new Builder(html.length());
    boolean cut = walk(root, b, 0, maxDepth);
    return new Result(b.text(), b.origin(), title, published, cut);
  }

  private static Element pickRoot(Document doc) {
    for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
      Elements found = doc.select(q);
      if (!found.isEmpty() && !found.first().text().isBlank()) {
        return found.first();
      }
    }
    return doc.body() != null ? doc.body() : doc;
  }

  /** Appends the text under {@code node}; true when some of it lay deeper than {@code maxDepth}. */
  private static boolean walk(Node node, Builder b, int depth, int maxDepth) {
    if (depth > maxDepth) {
      return node.childNodeSize() > 0;
    }
    boolean cut = false;
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        b.append(t.getWholeText(), t.sourceRange().startPos(), t.sourceRange().endPos());
      } else if (child instanceof Element e) {
        boolean block = BLOCKS.contains(e.tagName());
        if (block) {
          b.paragraph();
        }
        cut |= walk(e, b, depth + 1, maxDepth);
        if (block) {
          b.paragraph();
        }
      }
    }
    return cut;
  }

  private static String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  /** Accumulates text with collapsed white space and the HTML offset of every character. */
  private static final class Builder {
    private final StringBuilder sb = new StringBuilder();
    private int[] origin = new int[256];
    private int lastOrigin;
    private final int htmlLength;

    Builder(int htmlLength) {
      this.htmlLength = htmlLength;
    }

    void append(String s, int srcStart, int srcEnd) {
      boolean linear = srcStart >= 0 && srcEnd - srcStart == s.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int at = srcStart < 0 ? lastOrigin
            : linear ? srcStart + i
            : srcStart + (int) ((long) i * Math.max(0, srcEnd - srcStart) / Math.max(1, s.length()));
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (sb.length() == 0 || Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            continue;
          }
          c = ' ';
        }
        put(c, Math.min(at, Math.max(0, htmlLength - 1)));
      }
    }

    void paragraph() {
      while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
        sb.setLength(sb.length() - 1);
      }
      if (sb.length() == 0 || sb.toString().endsWith("\n\n")) {
        return;
      }
      put('\n', lastOrigin);
      put('\n', lastOrigin);
    }

    private void put(char c, int at) {
      if (sb.length() == origin.length) {
        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
      }
      origin[sb.length()] = at;
      sb.append(c);
      lastOrigin = at;
    }

    String text() {
      return sb.toString().strip();
    }

    int[] origin() {
      String raw = sb.toString();
      int lead = raw.length() - raw.stripLeading().length();
      return java.util.Arrays.copyOfRange(origin, lead, lead + text().length());
    }
  }
}
