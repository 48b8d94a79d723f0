package org.vigil.ui;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.query.GroupProfiles;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentFilter;
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
 * {@code country=}, {@code year=}, {@code source=}; headlines and snippets with the words marked
 * (whole words only). A query that names a group of the registry, by its name or an alias
 * ("al-Shabab"), also lists the reports of that group's incidents.
 */
final class SearchPage {

  private static final List<String> FACETS = List.of("type", "group", "country", "year", "source");

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;

  SearchPage(SharedStore store, UiSettings settings, Names names, Registries registries) {
    this.registries = registries;
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
    Map<Long, StoredReport> found = new LinkedHashMap<>();
    GroupProfiles.resolve(s, registries, q).ifPresent(g -> {
      h.append("<p class=\"card\" id=\"group-match\">\"").append(Html.esc(q)).append("\" is the group ")
          .append(Html.link("/ui/groups/" + Html.url(g.group().id()), g.group().name()))
          .append(" in the registry: its reports are listed with those that contain the words.</p>");
      IncidentFilter byGroup = new IncidentFilter(g.ids(), null, null, null, null, null);
      for (IncidentRow i : s.incidents().query(viewer, byGroup, settings.searchHits(), 0)) {
        s.sources().ofIncident(viewer, i.id()).stream().map(SourceRow::reportId).filter(Objects::nonNull)
            .forEach(id -> s.reports().byId(viewer, id).ifPresent(r -> found.putIfAbsent(r.id(), r)));
      }
    });
    s.reports().search(viewer, q, settings.searchHits()).forEach(r -> found.putIfAbsent(r.id(), r));
    for (StoredReport r : found.values().stream().limit(settings.searchHits()).toList()) {
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
      h.append("<article class=\"result\"><h3>").append(Html.link("/ui/reports/" + r.id(), headline(r)))
          .append("</h3><p class=\"muted\">").append(Html.esc(r.source()))
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

  /** The report's title, else its first sentence (at most 120 characters), never its file name. */
  static String headline(StoredReport r) {
    if (r.title() != null && !r.title().isBlank()) {
      return r.title();
    }
    String t = r.text().strip();
    Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(t);
    String first = end.find() ? t.substring(0, end.start() + 1) : t;
    return first.length() <= 120 ? first : first.substring(0, 117).strip() + "…";
  }

  /**
   * About 240 characters around the first matching word, escaped, with every query word marked
   * where it is a whole word ("al" not inside "Somali").
   */
  static String snippet(String text, String q) {
    List<Pattern> words = List.of(q.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> w.length() > 1)
        .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    int first = words.stream().map(w -> w.matcher(text)).filter(Matcher::find).mapToInt(Matcher::start).min().orElse(0);
    int from = Math.max(0, first - 100);
    int to = Math.min(text.length(), from + 240);
    String part = text.substring(from, to);
    List<Highlighter.Span> spans = new ArrayList<>();
    for (Pattern w : words) {
      for (Matcher m = w.matcher(part); m.find();) {
        spans.add(new Highlighter.Span(m.start(), m.end(), "hit", "matches " + m.group()));
      }
    }
    return (from > 0 ? "… " : "") + Highlighter.html(part, spans) + (to < text.length() ? " …" : "");
  }
}
