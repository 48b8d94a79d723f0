package org.vigil.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * HTML output helpers. {@link #esc} is the only way untrusted text (reports, names, user input)
 * reaches a page: it escapes the five characters that matter in element content and quoted
 * attribute values. Stateless and thread-safe.
 */
public final class Html {

  private Html() {}

  /** The text with {@code & < > " '} escaped; null gives the empty string. */
  public static String esc(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The value encoded for a URL path segment or query value. */
  public static String url(@Nullable Object value) {
    return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A link with escaped text and a URL built by the caller from escaped parts. */
  public static String link(String href, @Nullable Object text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** JSON made safe to embed in a {@code <script type="application/json">} element. */
  public static String json(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A number or a dash. */
  public static String num(@Nullable Number n) {
    return n == null ? "–" : n.toString();
  }
}
