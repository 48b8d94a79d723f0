package org.vigil.ui;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Principal;
import org.vigil.store.AlertRow;
import org.vigil.store.WatchlistRow;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/alerts?page=N}: the alerts of the user's and their organisation's watchlists,
 * latest first, {@link #PAGE} a page: watchlist, incident (linked), why it matched, version and
 * time. {@code alerts.js} subscribes to {@code /ui/alerts/stream} (the shared alert stream behind
 * the session check) and puts new and updated alerts at the top without a reload.
 */
final class AlertsPage {

  /** How often the open page asks for alerts stored by other processes (vigil ingest), in milliseconds. */
  static final int POLL_MS = 3000;

  /** Alerts per page. */
  static final int PAGE = 50;

  /** Highest page number accepted, so that the offset stays small. */
  static final int MAX_PAGE = 1000;

  private final SharedStore store;

  AlertsPage(SharedStore store) {
    this.store = store;
  }

  void show(Context ctx) {
    Sessions.Session session = UiAuth.session(ctx);
    Principal p = session.user();
    int page = page(ctx.queryParam("page"));
    record Data(List<AlertRow> alerts, Map<Long, WatchlistRow> watchlists) {}
    Data d = store.call(s -> new Data(s.alerts().page(p.userId(), p.orgId(), (page - 1) * PAGE, PAGE + 1),
        s.watches().visibleTo(p.userId(), p.orgId()).stream()
            .collect(Collectors.toMap(WatchlistRow::id, Function.identity()))));
    List<AlertRow> shown = d.alerts().subList(0, Math.min(PAGE, d.alerts().size()));
    StringBuilder h = new StringBuilder("<h1>Alerts</h1><p class=\"muted\" id=\"alert-status\" aria-live=\"polite\">"
        + "Alerts of your and your organisation's watchlists, latest first. "
        + "<a href=\"/ui/watchlists\">Manage watchlists</a>.</p>");
    h.append("<div class=\"scroll\"><table id=\"alerts\"><thead><tr><th scope=\"col\">Time</th>"
        + "<th scope=\"col\">Watchlist</th><th scope=\"col\">Incident</th><th scope=\"col\">Why</th>"
        + "<th scope=\"col\" class=\"n\">Version</th></tr></thead><tbody id=\"alert-rows\" data-poll-ms=\"")
        .append(POLL_MS).append("\">");
    for (AlertRow a : shown) {
      WatchlistRow w = d.watchlists().get(a.watchlistId());
      h.append(row(a, w == null ? "#" + a.watchlistId() : w.name()));
    }
    h.append("</tbody></table></div>");
    if (shown.isEmpty()) {
      h.append("<p class=\"empty\" id=\"no-alerts\">").append(page == 1 ? "No alerts yet." : "No alerts on this page.")
          .append("</p>");
    }
    h.append("<nav class=\"pages\" aria-label=\"Pages\">");
    if (page > 1) {
      h.append("<a rel=\"prev\" href=\"/ui/alerts?page=").append(page - 1).append("\">Newer</a> ");
    }
    if (d.alerts().size() > PAGE) {
      h.append("<a rel=\"next\" href=\"/ui/alerts?page=").append(page + 1).append("\">Older</a>");
    }
    h.append("</nav>");
    String head = page == 1 ? Layout.script("/ui/static/alerts.js") : "";
    ctx.html(Layout.page("Alerts", "Alerts", p, session.csrf(), head, h.toString()));
  }

  /** One alert's row; alerts.js builds the same cells for alerts that arrive live. */
  static String row(AlertRow a, String watchlist) {
    return "<tr data-alert-id=\"" + a.id() + "\" data-version=\"" + a.version() + "\"><td><time datetime=\""
        + Html.esc(a.updatedAt()) + "\">"
        + Html.esc(a.updatedAt()) + "</time></td><td>" + Html.esc(watchlist) + "</td><td>"
        + Html.link("/ui/incidents/" + a.incidentId(), "#" + a.incidentId() + " " + a.summary()) + "</td><td>"
        + Html.esc(a.reason()) + "</td><td class=\"n\">" + a.version() + (a.version() > 1 ? " (updated)" : "")
        + "</td></tr>";
  }

  private static int page(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= MAX_PAGE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw HttpProblem.badRequest("page '" + text + "' is not a page number from 1 to " + MAX_PAGE);
  }
}
