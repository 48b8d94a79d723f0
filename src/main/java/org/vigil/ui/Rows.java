package org.vigil.ui;

import java.util.List;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentRow;

/** Incident tables: one escaped row per incident, linking to its page. */
final class Rows {

  private Rows() {}

  static String incidents(List<IncidentRow> rows, Names names) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\">No incidents.</p>";
    }
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"incidents\"><thead><tr><th scope=\"col\">Date</th>"
        + "<th scope=\"col\">Type</th><th scope=\"col\">Place</th><th scope=\"col\">Group</th>"
        + "<th scope=\"col\" class=\"n\">Killed</th><th scope=\"col\" class=\"n\">Wounded</th></tr></thead><tbody>");
    for (IncidentRow r : rows) {
      b.append("<tr><td><a href=\"/ui/incidents/").append(r.id()).append("\">").append(Html.esc(
          r.dateValue() == null ? "undated #" + r.id() : r.dateValue())).append("</a></td><td>")
          .append(typeBadge(r.type())).append(r.backgroundOnly() ? BACKGROUND : "").append("</td><td>")
          .append(Html.esc(place(r))).append("</td><td>");
      if (r.groupId() != null) {
        b.append("<a href=\"/ui/groups/").append(Html.esc(Html.url(r.groupId()))).append("\">")
            .append(Html.esc(names.group(r.groupId()))).append("</a>");
      }
      b.append("</td><td class=\"n\">").append(toll(r, ReviewField.KILLED)).append("</td><td class=\"n\">")
          .append(toll(r, ReviewField.WOUNDED)).append("</td></tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  /** Marks an incident known only from a background mention in a report about another event. */
  static final String BACKGROUND = " <span class=\"bg\" title=\"known only from a background mention in a report "
      + "about another event\">background</span>";

  /** A count cell: the qualifier kept, "unknown" dimmed. */
  static String toll(IncidentRow r, ReviewField f) {
    String t = Values.count(r, f);
    return t.equals("unknown") ? "<span class=\"muted\">unknown</span>" : Html.esc(t);
  }

  static String place(IncidentRow r) {
    String country = Names.country(r.countryCode());
    if (r.place() == null) {
      return country;
    }
    return country.isEmpty() || r.place().equals(country) ? r.place() : r.place() + ", " + country;
  }

  /** The TLP badge of a marking. */
  static String marking(org.vigil.stix.Tlp tlp) {
    return "<span class=\"tlp " + Html.esc(tlp.label().replace('+', '-')) + "\">TLP:"
        + Html.esc(tlp.label().toUpperCase(java.util.Locale.ROOT)) + "</span>";
  }

  static String typeBadge(String type) {
    return "<span class=\"type t-" + Html.esc(type.replaceAll("[^a-z_]", "")) + "\">" + Html.esc(type.replace('_', ' '))
        + "</span>";
  }
}
