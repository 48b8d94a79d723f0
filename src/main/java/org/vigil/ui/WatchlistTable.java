package org.vigil.ui;

import java.util.List;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.store.WatchlistRow;

/** The table of watchlists on the Watchlists page: kind, what is watched, conditions, owner, remove. */
final class WatchlistTable {

  private WatchlistTable() {}

  static String of(List<WatchlistRow> rows, Principal p, String csrf) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\" id=\"no-watchlists\">No watchlists yet: add one below.</p>";
    }
    boolean canChange = p.role().atLeast(Role.ANALYST);
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"watchlists\"><thead><tr>"
        + "<th scope=\"col\">Name</th><th scope=\"col\">Kind</th><th scope=\"col\">Watched</th>"
        + "<th scope=\"col\">Conditions</th><th scope=\"col\">Owner</th>"
        + (canChange ? "<th scope=\"col\"><span class=\"muted\">Remove</span></th>" : "") + "</tr></thead><tbody>");
    for (WatchlistRow w : rows) {
      b.append("<tr data-watchlist-id=\"").append(w.id()).append("\"><td>").append(Html.esc(w.name()))
          .append("</td><td>").append(Html.esc(w.kind())).append("</td><td>").append(Html.esc(watched(w)))
          .append("</td><td>").append(Html.esc(conditions(w))).append("</td><td>")
          .append(w.ownerUser() != null ? "you" : "your organisation").append("</td>");
      if (canChange) {
        b.append("<td><form method=\"post\" action=\"/ui/watchlists/").append(w.id()).append("/remove\">")
            .append(Layout.csrfField(csrf)).append("<button type=\"submit\" aria-label=\"Remove watchlist ")
            .append(Html.esc(w.name())).append("\">Remove</button></form></td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  /** What is watched, in words. */
  static String watched(WatchlistRow w) {
    StringBuilder s = new StringBuilder(w.value());
    if (w.lat() != null && w.lon() != null) {
      s.append(" (").append(w.lat()).append(", ").append(w.lon());
      if (w.radiusKm() != null) {
        s.append(", within ").append(w.radiusKm()).append(" km");
      }
      s.append(')');
    }
    if (w.category() != null) {
      s.append(" · ").append(w.category());
    }
    return s.toString();
  }

  /** The optional conditions, in words; "any incident" when there are none. */
  static String conditions(WatchlistRow w) {
    StringBuilder s = new StringBuilder();
    if (!w.incidentTypes().isEmpty()) {
      s.append("types ").append(String.join(", ", w.incidentTypes()).replace('_', ' '));
    }
    if (w.minKilled() != null) {
      s.append(s.isEmpty() ? "" : "; ").append("at least ").append(w.minKilled()).append(" killed");
    }
    if (w.arrestsOnly()) {
      s.append(s.isEmpty() ? "" : "; ").append("arrests only");
    }
    return s.isEmpty() ? "any incident" : s.toString();
  }
}
