package org.vigil.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.IncidentType;
import org.vigil.stix.Tlp;
import org.vigil.store.Aggregates;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * The incident filters shared by the map and the incident list: type, group and country (those
 * the reader has incidents of, with counts), most restricted TLP, and a date range bounded by the
 * reader's first and last incident.
 */
final class FilterForm {

  private FilterForm() {}

  /** The groups and countries the form offers, at most, with the reader's first and last day. */
  static Aggregates.Overview overview(Store s, Viewer viewer) {
    return s.aggregates().overview(viewer, 100, 250);
  }

  /** The labelled fields (no form element, no buttons), offering what {@code overview} holds. */
  static String fields(Names names, Filters f, Aggregates.Overview overview) {
    List<String> range = overview.dateRange();
    StringBuilder h = new StringBuilder("<label>Type<select name=\"type\" id=\"f-type\"><option value=\"\">all</option>");
    Arrays.stream(IncidentType.values()).forEach(t -> option(h, t.label(), t.label().replace('_', ' '), f.type()));
    h.append("</select></label><label>Group<select name=\"group\" id=\"f-group\"><option value=\"\">all</option>");
    overview.groups().forEach(g -> option(h, g.key(), names.group(g.key()) + " ("
        + g.incidents() + ")", f.group()));
    h.append("</select></label><label>Country<select name=\"country\" id=\"f-country\"><option value=\"\">all</option>");
    overview.countries().forEach(c -> option(h, c.key(), Names.country(c.key()) + " ("
        + c.incidents() + ")", f.country()));
    h.append("</select></label><label>TLP (most restricted shown)<select name=\"tlp\" id=\"f-tlp\">"
        + "<option value=\"\">any</option>");
    Arrays.stream(Tlp.values()).forEach(t -> option(h, t.label(), "TLP:" + t.label().toUpperCase(Locale.ROOT),
        f.tlp() == null ? null : f.tlp().label()));
    h.append("</select></label>");
    String min = range.isEmpty() ? "2000-01-01" : range.get(0);
    String max = range.isEmpty() ? "2030-12-31" : range.get(1);
    return h.append("<label>From<input type=\"date\" name=\"since\" id=\"f-since\" min=\"").append(Html.esc(min))
        .append("\" max=\"").append(Html.esc(max)).append("\" value=\"").append(Html.esc(f.since())).append("\"></label>")
        .append("<label>To<input type=\"date\" name=\"until\" id=\"f-until\" min=\"").append(Html.esc(min))
        .append("\" max=\"").append(Html.esc(max)).append("\" value=\"").append(Html.esc(f.until())).append("\"></label>")
        .toString();
  }

  private static void option(StringBuilder h, String value, String label, @Nullable String selected) {
    h.append("<option value=\"").append(Html.esc(value)).append('"').append(value.equals(selected) ? " selected" : "")
        .append('>').append(Html.esc(label)).append("</option>");
  }
}
