package org.vigil.ui;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/search?q=...}: full-text search over reports (all words must match), with
 * facets type, group, country, year and source counted over the first
 * {@link UiSettings#searchHits()} hits, narrowed by {@code type=}, {@code group=},
 * {@code country=}, {@code year=}, {@code source=}; snippets with the words marked.
 */
final class SearchPage {

  private static final List<String> FACETS = List.of("type", "group", "country", "year", "source");

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;

  SearchPage(SharedStore store, UiSettings settings, Names names) {
    this.store = store;
    this.settings = settings;
    this.names = names;
  }

  /** One hit with the facet values of its report and incidents. */
  private record Hit(StoredReport report, Map<String, Set<String>> facets) {}

  void show(Context ctx) {
    Sessions.Session session = UiAuth.session(ctx);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (q.length() > settings.maxQuery()) {
      throw HttpProblem.badRequest("the search text has " + q.length() + " characters; at most "
          + settings.maxQuery() + " (ui.max-query)");
    }
    StringBuilder h = new StringBuilder("<h1>Search reports</h1><form method=\"get\" action=\"/ui/search\" class=\"filters\" "
        + "role=\"search\"><label>Words<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(Html.esc(q))
        .append("\" size=\"40\"></label><button type=\"submit\">Search</button></form>");
    if (!q.isEmpty()) {
      store.read(s -> {
        results(s, ctx, q, h);
        return null;
      });
    }
    ctx.html(Layout.page("Search", "Search", session.user(), session.csrf(), "", h.toString()));
  }

  private void results(Store s, Context ctx, String q, StringBuilder h) {
    Viewer viewer = UiAuth.session(ctx).user().viewer();
    List<Hit> hits = new ArrayList<>();
    for (StoredReport r : s.reports().search(viewer, q, settings.searchHits())) {
      Map<String, Set<String>> f = new TreeMap<>();
      FACETS.forEach(k -> f.put(k, new LinkedHashSet<>()));
      if (r.source() != null) {
        f.get("source").add(r.source());
      }
      for (SourceRow src : s.sources().ofReport(viewer, r.id())) {
        s.incidents().byId(viewer, src.incidentId()).ifPresent(i -> add(f, i));
      }
      hits.add(new Hit(r, f));
    }
    List<Hit> shown = hits.stream().filter(x -> FACETS.stream().allMatch(k -> {
      String want = ctx.queryParam(k);
      return want == null || want.isBlank() || x.facets().get(k).contains(want);
    })).toList();
    h.append("<div class=\"facets\"><aside aria-label=\"Facets\">");
    for (String k : FACETS) {
      Map<String, Integer> counts = new TreeMap<>();
      shown.forEach(x -> x.facets().get(k).forEach(v -> counts.merge(v, 1, Integer::sum)));
      h.append("<h2>").append(k).append("</h2><ul>");
      Function<String, String> label = k.equals("group") ? names::group : k.equals("country") ? Names::country
          : v -> v.replace('_', ' ');
      counts.forEach((v, n) -> h.append("<li>").append(Html.link(url(ctx, q, k, v), label.apply(v)))
          .append(" (").append(n).append(")</li>"));
      h.append("</ul>");
    }
    h.append("</aside><section><p role=\"status\">").append(shown.size()).append(shown.size() == 1 ? " report" : " reports")
        .append(hits.size() >= settings.searchHits() ? " among the first " + settings.searchHits() + " hits" : "")
        .append(". <a href=\"/ui/search?q=").append(Html.esc(Html.url(q))).append("\">Clear facets</a></p>");
    for (Hit x : shown.subList(0, Math.min(shown.size(), settings.pageSize()))) {
      StoredReport r = x.report();
      h.append("<article class=\"result\"><h3>").append(Html.link("/ui/reports/" + r.id(),
          r.title() == null ? r.extId() : r.title())).append("</h3><p class=\"muted\">").append(Html.esc(r.source()))
          .append(" · ").append(Html.esc(r.published())).append("</p><p class=\"snippet\">").append(snippet(r.text(), q))
          .append("</p></article>");
    }
    h.append("</section></div>");
  }

  private static void add(Map<String, Set<String>> f, IncidentRow i) {
    f.get("type").add(i.type());
    if (i.groupId() != null) {
      f.get("group").add(i.groupId());
    }
    if (i.countryCode() != null) {
      f.get("country").add(i.countryCode());
    }
    if (i.dateStart() != null && i.dateStart().length() >= 4) {
      f.get("year").add(i.dateStart().substring(0, 4));
    }
  }

  private static String url(Context ctx, String q, String key, String value) {
    StringBuilder b = new StringBuilder("/ui/search?q=").append(Html.url(q));
    for (String k : FACETS) {
      String v = k.equals(key) ? value : ctx.queryParam(k);
      if (v != null && !v.isBlank()) {
        b.append('&').append(k).append('=').append(Html.url(v));
      }
    }
    return b.toString();
  }

  /** About 240 characters around the first matching word, escaped, with every query word marked. */
  static String snippet(String text, String q) {
    List<String> words = List.of(q.toLowerCase(Locale.ROOT).split("\\W+")).stream().filter(w -> w.length() > 1).toList();
    String lower = text.toLowerCase(Locale.ROOT);
    int first = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
    int from = Math.max(0, first - 100);
    int to = Math.min(text.length(), from + 240);
    String part = text.substring(from, to);
    String partLower = lower.substring(from, to);
    List<Highlighter.Span> spans = new ArrayList<>();
    for (String w : words) {
      for (int i = partLower.indexOf(w); i >= 0; i = partLower.indexOf(w, i + w.length())) {
        spans.add(new Highlighter.Span(i, i + w.length(), "hit", "matches " + w));
      }
    }
    return (from > 0 ? "… " : "") + Highlighter.html(part, spans) + (to < text.length() ? " …" : "");
  }
}
