package org.vigil.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks spans of an untrusted text: every piece, marked or not, is escaped; spans that overlap an
 * earlier (or longer, at the same start) span are dropped, as are spans outside the text.
 */
final class Highlighter {

  /** One span: offsets into the text (end exclusive), a CSS class and a tooltip. */
  record Span(int start, int end, String css, String title) {}

  private Highlighter() {}

  static String html(String text, List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> s.start() >= 0 && s.end() > s.start()
        && s.end() <= text.length()).toList());
    sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    StringBuilder b = new StringBuilder(text.length() + spans.size() * 40);
    int at = 0;
    for (Span s : sorted) {
      if (s.start() < at) {
        continue;
      }
      b.append(Html.esc(text.substring(at, s.start()))).append("<mark class=\"").append(Html.esc(s.css()))
          .append("\" title=\"").append(Html.esc(s.title())).append("\">").append(Html.esc(text.substring(s.start(),
          s.end()))).append("</mark>");
      at = s.end();
    }
    return b.append(Html.esc(text.substring(at))).toString();
  }
}
