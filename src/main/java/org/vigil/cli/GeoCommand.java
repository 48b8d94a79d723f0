package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.geo.GeoContext;
import org.vigil.geo.IncidentLocation;
import org.vigil.geo.Resolution;
import org.vigil.geo.ResolvedPlace;
import org.vigil.geo.ScoredCandidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil geo TEXT}: prints each place in a text, the candidates weighed and why one won,
 * and the place the geocoder takes for the main incident.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Resolve the places named in a text, showing the candidates weighed.")
public final class GeoCommand implements Runnable {

  /** Longest text accepted on the command line or standard input, in characters. */
  static final int MAX_TEXT_CHARS = 200_000;

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEXT", description = "The text, or - to read standard input.")
  String text = "";

  @Option(names = "--source-country", paramLabel = "CC",
      description = "ISO 3166-1 alpha-2 code of the outlet's country (a weak prior).")
  @Nullable String sourceCountry;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--geonames", paramLabel = "DIR",
      description = "Use GeoNames dump files in DIR (allCountries.txt or citiesN.txt, ...) instead of the bundled gazetteer.")
  @Nullable Path geonames;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigil-data",
      description = "Data directory whose installed gazetteer (vigil gazetteer install) is used when present (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public void run() {
    String input = readText();
    Gazetteer gazetteer = loadGazetteer();
    GeoContext context = new GeoContext(checkedCountry(gazetteer));
    List<Resolution> resolutions = new GazetteerGeocoder(gazetteer).explain(input, context);
    Optional<ResolvedPlace> incident = IncidentLocation.primary(input,
        resolutions.stream().map(Resolution::place).toList());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      printJson(out, input, resolutions, incident);
    } else {
      printText(out, input, resolutions);
      incident.ifPresent(p -> out.printf(Locale.ROOT, "incident location: %s (%s, %s)%n", p.name(),
          p.precision().label(), p.country() == null ? "?" : p.country()));
    }
    out.flush();
  }

  private String readText() {
    String s = text;
    if (s.equals("-")) {
      try {
        s = new String(System.in.readNBytes(MAX_TEXT_CHARS * 4 + 1), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (s.isBlank()) {
      throw new UserError("the text to geocode is empty");
    }
    if (s.length() > MAX_TEXT_CHARS) {
      throw new UserError("the text has " + s.length() + " characters, more than the "
          + MAX_TEXT_CHARS + " that geo accepts");
    }
    return s;
  }

  private Gazetteer loadGazetteer() {
    if (geonames == null) {
      try {
        return UserCache.bundledGazetteer(data, System.err);
      } catch (IOException e) {
        throw new UserError("cannot read the installed gazetteer: " + e.getMessage(), e);
      }
    }
    if (!Files.isDirectory(geonames)) {
      throw new UserError("--geonames " + geonames + " is not a directory");
    }
    try {
      return Gazetteer.loadGeoNamesDump(geonames);
    } catch (IOException e) {
      throw new UserError("cannot load GeoNames files from " + geonames + ": " + e.getMessage(), e);
    }
  }

  private @Nullable String checkedCountry(Gazetteer gazetteer) {
    if (sourceCountry == null) {
      return null;
    }
    String cc = sourceCountry.toUpperCase(Locale.ROOT);
    if (cc.length() != 2 || gazetteer.country(cc).isEmpty()) {
      throw new UserError("--source-country '" + sourceCountry
          + "' is not an ISO 3166-1 alpha-2 country code the gazetteer knows (e.g. IR, US)");
    }
    return cc;
  }

  private static void printText(PrintWriter out, String input, List<Resolution> resolutions) {
    if (resolutions.isEmpty()) {
      out.println("no places found");
    }
    for (Resolution r : resolutions) {
      ResolvedPlace p = r.place();
      out.printf(Locale.ROOT, "\"%s\" [%d-%d] -> %s (%s, %s%s) %s%s%s at %.4f, %.4f%n",
          p.span().of(input), p.span().start(), p.span().end(), p.name(), p.precision().label(),
          p.admin1() == null ? "" : p.admin1() + ", ", p.country() == null ? "?" : p.country(),
          p.relation(), p.offsetKm() == null ? "" : String.format(Locale.ROOT, " %.1f km", p.offsetKm()),
          p.city() != null && p.site() != null ? " (city " + p.city() + ")" : "", p.lat(), p.lon());
      if (!r.note().isEmpty()) {
        out.println("    why: " + r.note());
      }
      for (ScoredCandidate c : r.candidates()) {
        out.printf(Locale.ROOT, "    %6.2f  %s (%s %s%s, pop %d): %s%n", c.score(), c.entry().name(),
            c.entry().kind().name().toLowerCase(Locale.ROOT), c.entry().countryCode(),
            c.entry().admin1Code().isEmpty() ? "" : "." + c.entry().admin1Code(),
            c.entry().population(), String.join(", ", c.reasons()));
      }
    }
  }

  private static void printJson(PrintWriter out, String input, List<Resolution> resolutions,
      Optional<ResolvedPlace> incident) {
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
        .enable(SerializationFeature.INDENT_OUTPUT);
    List<Map<String, Object>> rows = resolutions.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("mention", r.place().span().of(input));
      row.put("place", r.place());
      row.put("candidates", r.candidates());
      if (!r.note().isEmpty()) {
        row.put("why", r.note());
      }
      return row;
    }).toList();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("places", rows);
    doc.put("incidentLocation", incident.orElse(null));
    try {
      out.println(json.writeValueAsString(doc));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
