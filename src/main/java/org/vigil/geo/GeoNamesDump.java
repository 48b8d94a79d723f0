package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a gazetteer from GeoNames' own dump files in one directory, for full offline coverage:
 * {@code allCountries.txt} or a {@code citiesN.txt} (the 19-column geoname table, required),
 * and optionally {@code admin1CodesASCII.txt}, {@code admin2Codes.txt} and
 * {@code alternateNamesV2.txt}. Countries come from the bundled table, then the curated aliases
 * are applied (those whose target the dump lacks are skipped).
 *
 * <p>Admin areas take the coordinates of their own row in the geoname table when it has one,
 * otherwise the mean of their places. Memory grows with the dump: the full {@code allCountries}
 * needs several gigabytes of heap; {@code cities500.txt} fits in the default.
 */
final class GeoNamesDump {

  /** alternateNamesV2 "languages" that are codes or links, not names. */
  static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac",
      "abbr", "unlc", "fr_1793", "phon", "piny");

  private GeoNamesDump() {}

  static Gazetteer load(Path dir) throws IOException {
    Path main = mainTable(dir);
    GazetteerBuilder b = new GazetteerBuilder(true);
    GazetteerResource.readBundled(b, true);
    Map<String, double[]> sums = new HashMap<>();
    Map<Long, double[]> adminRows = new HashMap<>();
    readAdmin1(dir.resolve("admin1CodesASCII.txt"), b);
    Map<String, Integer> admin2 = readAdmin2(dir.resolve("admin2Codes.txt"), b);
    readMain(main, b, sums, adminRows);
    placeAdminAreas(b, sums, adminRows, admin2);
    readAlternateNames(dir.resolve("alternateNamesV2.txt"), b);
    try (BufferedReader r = resource(CuratedAliases.NAME)) {
      CuratedAliases.read(r, b, true);
    }
    return b.build();
  }

  private static Path mainTable(Path dir) throws IOException {
    Path all = dir.resolve("allCountries.txt");
    if (Files.isRegularFile(all)) {
      return all;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("cities\\d+\\.txt"))
          .sorted().findFirst()
          .orElseThrow(() -> new IOException("no allCountries.txt or citiesN.txt in " + dir));
    }
  }

  private static void readAdmin1(Path file, GazetteerBuilder b) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    String[] f = new String[4];
    forEachLine(file, 4, f, (lineNo) -> {
      int dot = f[0].indexOf('.');
      b.add(PlaceKind.ADMIN1, f[1], f[0].substring(0, dot), f[0].substring(dot + 1), "ADM1", 0,
          0, 0, Long.parseLong(f[3]));
      if (!f[2].equals(f[1])) {
        b.addName(b.idOfGeonameId(Long.parseLong(f[3])), f[2]);
      }
    });
  }

  private static Map<String, Integer> readAdmin2(Path file, GazetteerBuilder b) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return ids;
    }
    String[] f = new String[4];
    forEachLine(file, 4, f, (lineNo) -> {
      String[] code = f[0].split("\\.", 3);
      if (code.length != 3) {
        throw new IllegalArgumentException("code '" + f[0] + "' is not CC.ADMIN1.ADMIN2");
      }
      int id = b.add(PlaceKind.ADMIN2, f[1], code[0], code[1], "ADM2", 0, 0, 0, Long.parseLong(f[3]));
      if (!f[2].equals(f[1])) {
        b.addName(id, f[2]);
      }
      String shortName = withoutLevelWord(f[2]);
      if (!shortName.equals(f[2])) {
        b.addName(id, shortName);
      }
      ids.put(f[0], id);
    });
    return ids;
  }

  /** "Daquq District" is also found as "Daquq" (the level word is read from the text). */
  private static String withoutLevelWord(String name) {
    int space = name.lastIndexOf(' ');
    if (space > 0 && Level.of(Names.normalize(name.substring(space + 1))) != Level.NONE) {
      return name.substring(0, space);
    }
    return name;
  }

  private static void readMain(Path file, GazetteerBuilder b, Map<String, double[]> sums,
      Map<Long, double[]> adminRows) throws IOException {
    String[] f = new String[19];
    forEachLine(file, 19, f, (lineNo) -> {
      long gid = Long.parseLong(f[0]);
      double lat = Double.parseDouble(f[4]);
      double lon = Double.parseDouble(f[5]);
      if (f[6].equals("A") && (f[7].equals("ADM1") || f[7].equals("ADM2"))) {
        adminRows.put(gid, new double[] {lat, lon});
        return;
      }
      if (!f[6].equals("P")) {
        return;
      }
      long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      int id = b.add(PlaceKind.PLACE, f[1], f[8], f[10], f[7], pop, lat, lon, gid);
      if (!f[2].equals(f[1])) {
        b.addName(id, f[2]);
      }
      for (String alt : f[3].split(",")) {
        if (!alt.isBlank()) {
          b.addName(id, alt);
        }
      }
      accumulate(sums, f[8] + "." + f[10], lat, lon);
      accumulate(sums, f[8] + "." + f[10] + "." + f[11], lat, lon);
    });
  }

  private static void accumulate(Map<String, double[]> sums, String key, double lat, double lon) {
    double[] s = sums.computeIfAbsent(key, k -> new double[3]);
    s[0] += lat;
    s[1] += lon;
    s[2] += 1;
  }

  private static void placeAdminAreas(GazetteerBuilder b, Map<String, double[]> sums,
      Map<Long, double[]> adminRows, Map<String, Integer> admin2) {
    for (int id = 0; id < b.size(); id++) {
      PlaceKind kind = b.kindOf(id);
      if (kind != PlaceKind.ADMIN1 && kind != PlaceKind.ADMIN2) {
        continue;
      }
      double[] row = adminRows.get(b.geonameIdOf(id));
      if (row != null) {
        b.setCoordinates(id, row[0], row[1]);
      }
    }
    for (Map.Entry<String, Integer> e : admin2.entrySet()) {
      double[] s = sums.get(e.getKey());
      if (s != null && adminRows.get(b.geonameIdOf(e.getValue())) == null) {
        b.setCoordinates(e.getValue(), s[0] / s[2], s[1] / s[2]);
      }
    }
    for (int id = 0; id < b.size(); id++) {
      if (b.kindOf(id) == PlaceKind.ADMIN1 && adminRows.get(b.geonameIdOf(id)) == null) {
        double[] s = sums.get(b.countryCodeOf(id) + "." + b.admin1CodeOf(id));
        if (s != null) {
          b.setCoordinates(id, s[0] / s[2], s[1] / s[2]);
        }
      }
    }
  }

  private static void readAlternateNames(Path file, GazetteerBuilder b) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    String[] f = new String[10];
    forEachLine(file, 4, f, (lineNo) -> {
      if (NOT_NAMES.contains(f[2])) {
        return;
      }
      int id = b.idOfGeonameId(Long.parseLong(f[1]));
      if (id >= 0 && b.kindOf(id) != PlaceKind.COUNTRY) {
        b.addName(id, f[3]);
      }
    });
  }

  @FunctionalInterface
  private interface LineHandler {
    void handle(int lineNo);
  }

  private static void forEachLine(Path file, int minFields, String[] f, LineHandler h)
      throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int n = Tsv.split(line, f);
        if (n < minFields) {
          throw new IOException(file.getFileName() + " line " + lineNo + ": " + n
              + " tab-separated fields, expected at least " + minFields);
        }
        try {
          h.handle(lineNo);
        } catch (RuntimeException e) {
          throw new IOException(file.getFileName() + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static BufferedReader resource(String name) throws IOException {
    var in = GeoNamesDump.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource org/vigil/geo/" + name + " is missing from the classpath");
    }
    return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
