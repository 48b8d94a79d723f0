package org.vigil.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.IncidentType;
import org.vigil.web.HttpProblem;

/** Query parameters of the REST API, checked: each bad value is a 400 naming it and what was expected. */
final class Params {

  private Params() {}

  static void only(Context ctx, Set<String> allowed) {
    for (String k : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(k)) {
        throw HttpProblem.badRequest("query parameter '" + k + "' is not supported here; supported: " + allowed);
      }
    }
  }

  static int integer(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpProblem.badRequest(name + " '" + v + "' is not a whole number in " + min + ".." + max);
  }

  static @Nullable String date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip()).toString();
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " '" + v + "' is not a date of the form YYYY-MM-DD");
    }
  }

  static @Nullable String country(Context ctx) {
    String v = ctx.queryParam("country");
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z]{2}")) {
      throw HttpProblem.badRequest("country '" + v + "' is not a two-letter ISO 3166-1 code such as IQ");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  static @Nullable String type(Context ctx) {
    String v = ctx.queryParam("type");
    if (v == null) {
      return null;
    }
    return IncidentType.fromLabel(v.toLowerCase(Locale.ROOT)).map(IncidentType::label).orElseThrow(() ->
        HttpProblem.badRequest("type '" + v + "' is not one of "
            + Arrays.stream(IncidentType.values()).map(IncidentType::label).toList()));
  }

  static double @Nullable [] near(Context ctx) {
    String v = ctx.queryParam("near");
    if (v == null) {
      return null;
    }
    String[] p = v.split(",");
    try {
      if (p.length == 3) {
        double lat = Double.parseDouble(p[0].strip());
        double lon = Double.parseDouble(p[1].strip());
        double km = Double.parseDouble(p[2].strip());
        if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && km > 0) {
          return new double[] {lat, lon, km};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpProblem.badRequest("near '" + v + "' is not LAT,LON,KM with -90<=LAT<=90, -180<=LON<=180 and KM>0");
  }

  static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " '" + v + "' is not a whole number");
    }
  }
}
