package org.vigil.ui;

import org.vigil.access.Principal;

/**
 * The page shell: head with the UI's own stylesheet (no external fonts), the navigation and a
 * main region. The body
 * given is already HTML; the title is escaped here.
 */
final class Layout {

  private Layout() {}

  /** Where each navigation entry leads; {@code null} marks a page not yet built. */
  private static final String[][] NAV = {
      {"Dashboard", "/ui/"}, {"Map", "/ui/map"}, {"Incidents", "/ui/incidents"}, {"Search", "/ui/search"},
      {"Watchlists", "/ui/watchlists"}, {"Alerts", "/ui/alerts"}};

  /** A full page for a signed-in user. {@code head} adds stylesheets or scripts. */
  static String page(String title, String active, Principal user, String csrf, String head, String body) {
    StringBuilder nav = new StringBuilder();
    for (String[] n : NAV) {
      if (n[1] == null) {
        nav.append("<li><span class=\"soon\" title=\"comes with monitoring\">").append(n[0]).append("</span></li>");
      } else {
        nav.append("<li><a href=\"").append(n[1]).append('"')
            .append(n[0].equals(active) ? " aria-current=\"page\"" : "").append('>').append(n[0]).append("</a></li>");
      }
    }
    return shell(title, csrf, head, "<header class=\"top\"><a class=\"brand\" href=\"/ui/\">Vigil</a>"
        + "<nav aria-label=\"Main\"><ul>" + nav + "</ul></nav><form class=\"logout\" method=\"post\" action=\"/ui/logout\">"
        + csrfField(csrf) + "<span class=\"who\">" + Html.esc(user.userName()) + " · " + Html.esc(user.role().label())
        + "</span> <button type=\"submit\">Sign out</button></form></header><main id=\"main\">" + body + "</main>");
  }

  /** A page without navigation (sign-in). */
  static String shell(String title, String csrf, String head, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"csrf\" content=\"" + Html.esc(csrf) + "\">"
        + "<title>" + Html.esc(title) + " · Vigil</title><link rel=\"stylesheet\" href=\"/ui/static/ui.css\">" + head
        + "</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>" + body + "</body></html>";
  }

  /** The hidden CSRF field of a form. */
  static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(csrf) + "\">";
  }

  /** Chart.js with its time axis (Luxon and its adapter) and the period helper of the UI's charts. */
  static String charts() {
    return script("/webjars/chart.js/4.4.1/dist/chart.umd.js") + script("/webjars/luxon/3.7.2/build/global/luxon.min.js")
        + script("/webjars/chartjs-adapter-luxon/1.3.1/dist/chartjs-adapter-luxon.umd.min.js")
        + script("/ui/static/periods.js");
  }

  static String script(String src) {
    return "<script src=\"" + Html.esc(src) + "\" defer></script>";
  }

  static String style(String href) {
    return "<link rel=\"stylesheet\" href=\"" + Html.esc(href) + "\">";
  }
}
