package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import org.vigil.extract.IncidentType;
import org.vigil.merge.Geo;
import org.vigil.query.IncidentViews;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil incidents}: one page of stored incidents, latest first, filtered. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = "List stored incidents (latest first) as a table, JSON, CSV or GeoJSON.")
final class IncidentsCommand implements Callable<Integer> {

  /** Largest page ({@code --limit}) a query may ask for. */
  static final int MAX_PAGE = 1000;

  enum Format { table, json, csv, geojson }

  @Spec CommandSpec spec;

  @Option(names = "--group", paramLabel = "G", description = "Perpetrator group (name, alias or id).") String group;
  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country code.") String country;
  @Option(names = "--type", paramLabel = "T", description = "Incident type (bombing, armed_assault, ...).") String type;
  @Option(names = "--since", paramLabel = "DATE", description = "Incidents on or after (YYYY-MM-DD).") String since;
  @Option(names = "--until", paramLabel = "DATE", description = "Incidents on or before (YYYY-MM-DD).") String until;
  @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Within KM kilometres of a point.") String near;
  @Option(names = "--format", defaultValue = "table", description = "table, json, csv or geojson (default: ${DEFAULT-VALUE}).") Format format;
  @Option(names = "--limit", defaultValue = "50", description = "Incidents per page, at most " + MAX_PAGE + " (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--page", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).") int page;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new UserError("--limit " + limit + " is outside 1.." + MAX_PAGE);
    }
    if (page < 1) {
      throw new UserError("--page " + page + " must be 1 or more");
    }
    double[] point = near == null ? null : near(near);
    Registries registries = Registries.bundled();
    try (Store store = storeOptions.openExisting(storeOptions.settings(), registries)) {
      List<String> groups = group == null ? null : GroupCommand.resolve(store, registries, group).ids();
      IncidentFilter.Box box = point == null ? null : box(point);
      IncidentFilter f = new IncidentFilter(groups == null ? List.of() : groups,
          country == null ? null : country(country), type == null ? null : type(type), date("--since", since),
          date("--until", until), box);
      List<IncidentRow> pageRows;
      if (point == null) {
        pageRows = store.incidents().query(Viewer.OPERATOR, f, limit, limit * (page - 1));
      } else {
        // the box is a prefilter: read it in chunks until the page is filled from the circle
        List<IncidentRow> hits = new ArrayList<>();
        int chunk = Math.max(200, 2 * limit * page);
        for (int offset = 0; hits.size() < limit * page; offset += chunk) {
          List<IncidentRow> rows = store.incidents().query(Viewer.OPERATOR, f, chunk, offset);
          rows.stream().filter(r -> r.lat() != null && Geo.km(point[0], point[1], r.lat(), r.lon()) <= point[2])
              .forEach(hits::add);
          if (rows.size() < chunk) {
            break;
          }
        }
        int from = Math.min(hits.size(), limit * (page - 1));
        pageRows = hits.subList(from, Math.min(hits.size(), from + limit));
      }
      IncidentViews views = new IncidentViews(store, Viewer.OPERATOR);
      List<ObjectNode> out = views.views(pageRows);
      IncidentFormats.write(spec.commandLine().getOut(), format, out);
    }
    return 0;
  }

  private static double[] near(String v) {
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
    throw new UserError("--near '" + v + "' is not LAT,LON,KM with -90<=LAT<=90, -180<=LON<=180 and KM>0");
  }

  private static IncidentFilter.Box box(double[] p) {
    double dLat = p[2] / 111.0;
    double dLon = p[2] / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(p[0]))));
    return new IncidentFilter.Box(Math.max(-90, p[0] - dLat), Math.min(90, p[0] + dLat),
        Math.max(-180, p[1] - dLon), Math.min(180, p[1] + dLon));
  }

  static String country(String v) {
    if (!v.matches("[A-Za-z]{2}")) {
      throw new UserError("--country '" + v + "' is not a two-letter ISO 3166-1 code such as IQ");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private static String type(String v) {
    return IncidentType.fromLabel(v.toLowerCase(Locale.ROOT)).map(IncidentType::label).orElseThrow(() ->
        new UserError("--type '" + v + "' is not one of " + java.util.Arrays.stream(IncidentType.values())
            .map(IncidentType::label).toList()));
  }

  private static String date(String option, String v) {
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new UserError(option + " '" + v + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
