package org.vigil.ui;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.IncidentType;
import org.vigil.query.GroupProfiles;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentFilter;
import org.vigil.stix.Tlp;
import org.vigil.store.Store;
import org.vigil.web.HttpProblem;

/**
 * The incident filters of the map and lists, from query parameters {@code type}, {@code group},
 * {@code country}, {@code since}, {@code until} and {@code tlp} (the most restricted marking to
 * show, of each incident as the reader sees it); an empty parameter does not filter, a bad one is
 * a 400 that names it.
 */
record Filters(@Nullable String type, @Nullable String group, @Nullable String country, @Nullable String since,
    @Nullable String until, @Nullable Tlp tlp) {

  static Filters of(Context ctx) {
    return new Filters(type(param(ctx, "type")), param(ctx, "group"), country(param(ctx, "country")),
        date("since", param(ctx, "since")), date("until", param(ctx, "until")), tlp(param(ctx, "tlp")));
  }

  private static @Nullable Tlp tlp(@Nullable String v) {
    if (v == null) {
      return null;
    }
    return Tlp.fromLabel(v.toLowerCase(Locale.ROOT)).orElseThrow(() -> HttpProblem.badRequest("tlp '" + v
        + "' is not a TLP level (clear, green, amber, amber+strict, red)"));
  }

  /** The store filter; an unknown group is a 400. */
  IncidentFilter resolve(Store s, Registries registries) {
    List<String> ids = group == null ? List.of() : GroupProfiles.resolve(s, registries, group)
        .orElseThrow(() -> HttpProblem.badRequest("group '" + group + "' is not in the registry")).ids();
    return new IncidentFilter(ids, country, type, since, until, null, tlp);
  }

  private static @Nullable String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static @Nullable String type(@Nullable String v) {
    if (v == null) {
      return null;
    }
    return IncidentType.fromLabel(v.toLowerCase(Locale.ROOT)).map(IncidentType::label)
        .orElseThrow(() -> HttpProblem.badRequest("type '" + v + "' is not an incident type"));
  }

  private static @Nullable String country(@Nullable String v) {
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z]{2}")) {
      throw HttpProblem.badRequest("country '" + v + "' is not a two-letter ISO 3166-1 code such as IQ");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private static @Nullable String date(String name, @Nullable String v) {
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " '" + v + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
