package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The country and first-level admin area tables that {@code tools/gazetteer/convert.mjs}
 * writes beside this class: English display names, alternates and populated-area centroids,
 * which every import starts from (GeoNames dumps lack the first, and cities files the second).
 * Lines are tab-separated; alternates are separated by "|".
 */
final class BundledTables {

  static final String COUNTRIES = "countries.tsv";
  static final String ADMIN1 = "admin1.tsv";

  /** A country: {@code cc iso3 name lat lon alternates}. */
  record Country(String cc, String name, double lat, double lon, List<String> alternates) {}

  /** A first-level area: {@code cc code name geonameId lat lon alternates}. */
  record Admin1(String cc, String code, String name, long geonameId, double lat, double lon,
      List<String> alternates) {}

  private BundledTables() {}

  static List<Country> countries() throws IOException {
    List<Country> out = new ArrayList<>();
    read(COUNTRIES, 6, f -> out.add(new Country(f[0], f[2], Double.parseDouble(f[3]),
        Double.parseDouble(f[4]), split(f[5]))));
    return out;
  }

  static List<Admin1> admin1() throws IOException {
    List<Admin1> out = new ArrayList<>();
    read(ADMIN1, 7, f -> out.add(new Admin1(f[0], f[1], f[2], Long.parseLong(f[3]),
        Double.parseDouble(f[4]), Double.parseDouble(f[5]), split(f[6]))));
    return out;
  }

  private static List<String> split(String alternates) {
    return alternates.isEmpty() ? List.of() : List.of(alternates.split("\\|"));
  }

  /** Reads one line's fields (reused from line to line). */
  interface Row {
    void accept(String[] fields);
  }

  /**
   * Gives {@code row} the {@code fields} tab-separated fields of each line of the table
   * {@code name} but blank lines and comments, in one array reused from line to line.
   *
   * @throws IOException when the table is missing or a line has too few fields (or {@code row} rejects it)
   */
  static void read(String name, int fields, Row row) throws IOException {
    InputStream in = BundledTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource org/vigil/geo/" + name + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] f = new String[fields];
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (Tsv.split(line, f) < fields - 1) {
          throw new IOException(name + " line " + lineNo + ": expected " + fields + " tab-separated fields");
        }
        try {
          row.accept(f);
        } catch (RuntimeException e) {
          throw new IOException(name + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
  }
}
