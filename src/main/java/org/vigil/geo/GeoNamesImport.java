package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.geo.index.IndexWriter;
import org.vigil.text.WordSet;

/**
 * Imports GeoNames dump files into a gazetteer index file: the bundled countries and
 * first-level areas (with their English names), then the dump's admin codes, its geoname table
 * (populated places, and ADM1/ADM2 rows for the areas' coordinates and names) and its alternate
 * names. Memory stays bounded whatever the dump's size: entries are packed columns, names are
 * spilled to disk (see {@link IndexWriter}). Malformed lines are skipped and reported, so one bad
 * line does not cost a whole import. Single use.
 */
public final class GeoNamesImport {

  /** alternateNamesV2 "languages" that are codes or links, not names. */
  static final Set<String> NOT_NAMES = WordSet.of("link", "wkdt", "post", "iata", "icao", "faac",
      "abbr", "unlc", "fr_1793", "phon", "piny");

  /** Populated-place codes of places that no longer exist or are only historical. */
  static final Set<String> GONE = WordSet.of("PPLH", "PPLQ", "PPLW", "PPLCH");

  /** Most malformed lines listed in a summary (all are counted). */
  public static final int MAX_PROBLEMS_LISTED = 20;

  /**
   * What an import did.
   *
   * @param problems the first {@link #MAX_PROBLEMS_LISTED} malformed lines ("file line N: why")
   * @param badLines how many lines were skipped as malformed
   */
  public record Summary(int entries, int places, int areas, long names, List<String> problems, long badLines) {
    public Summary {
      problems = List.copyOf(problems);
    }
  }

  private final IndexWriter w;
  private final AreaCoordinates areas = new AreaCoordinates();
  private final GeonameIds geonameIds = new GeonameIds();
  private int places;
  private final List<String> problems = new ArrayList<>();
  private long badLines;
  private long bytesDone;

  private GeoNamesImport(IndexWriter w) {
    this.w = w;
  }

  /**
   * Imports {@code sources} (GeoNames .txt files or zips) into the index file {@code out}, using
   * {@code work} for temporary files.
   *
   * @throws IOException when a source cannot be read or holds no GeoNames file
   */
  public static Summary run(List<Path> sources, Path out, Path work, ImportProgress progress)
      throws IOException {
    List<DumpFiles.Part> parts = DumpFiles.parts(sources);
    if (parts.stream().noneMatch(p -> p.kind() == DumpFiles.Kind.TABLE)) {
      throw new IOException("no geoname table among " + sources + " (allCountries, a country file "
          + "such as AF.txt, or citiesN); alternate names and admin codes need one");
    }
    try (IndexWriter w = new IndexWriter(work)) {
      GeoNamesImport imp = new GeoNamesImport(w);
      long total = parts.stream().mapToLong(DumpFiles.Part::bytes).sum();
      w.meta("source", parts.stream().map(DumpFiles.Part::name).collect(Collectors.joining(", ")));
      w.meta("created", Instant.now().toString());
      imp.bundled();
      for (DumpFiles.Part p : parts) {
        imp.read(p, total, progress);
      }
      imp.areas.writeMeans(imp.w);
      w.writeTo(out);
      return new Summary(w.size(), imp.places, w.size() - imp.places, w.names(), imp.problems, imp.badLines);
    }
  }

  private void bundled() throws IOException {
    for (BundledTables.Country c : BundledTables.countries()) {
      int id = w.addEntry(PlaceKind.COUNTRY.ordinal(), c.name(), c.cc(), "", "", "PCLI", 0, c.lat(), c.lon(), 0);
      names(id, c.name());
      c.alternates().forEach(a -> names(id, a));
      areas.add(c.cc(), id);
      areas.placed(id);
    }
    for (BundledTables.Admin1 a : BundledTables.admin1()) {
      int id = w.addEntry(PlaceKind.ADMIN1.ordinal(), a.name(), a.cc(), a.code(), "", "ADM1", 0,
          a.lat(), a.lon(), a.geonameId());
      names(id, a.name());
      a.alternates().forEach(n -> names(id, n));
      areas.add(a.cc() + "." + a.code(), id);
      geonameIds.remember(a.geonameId(), id);
      areas.placed(id);
    }
  }

  private void read(DumpFiles.Part part, long total, ImportProgress progress) throws IOException {
    String[] f = new String[19];
    long start = bytesDone;
    long[] done = {0};
    try (BufferedReader r = DumpFiles.open(part, n -> {
      done[0] += n;
      progress.bytes(Math.min(total, start + done[0]), total);
    })) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int n = Tsv.split(line, f);
        int need = part.kind() == DumpFiles.Kind.TABLE ? 15 : 4;
        try {
          if (n < need) {
            throw new IllegalArgumentException(n + " tab-separated fields, expected at least " + need);
          }
          switch (part.kind()) {
            case ADMIN1 -> admin1(f);
            case ADMIN2 -> admin2(f);
            case TABLE -> row(f);
            case ALTERNATES -> alternate(f);
            default -> { }
          }
        } catch (RuntimeException e) {
          badLines++;
          if (problems.size() < MAX_PROBLEMS_LISTED) {
            problems.add(part.name() + " line " + lineNo + ": " + e.getMessage());
          }
        }
      }
    }
    bytesDone = start + part.bytes();
  }

  private void admin1(String[] f) throws RuntimeException {
    int dot = f[0].indexOf('.');
    if (dot != 2) {
      throw new IllegalArgumentException("code '" + f[0] + "' is not CC.ADMIN1");
    }
    String key = f[0];
    int id = areas.entry(key).orElseGet(() -> {
      int added = add(PlaceKind.ADMIN1, f[1], key.substring(0, 2), key.substring(3), "", "ADM1", 0, 0, 0, parseId(f[3]));
      areas.add(key, added);
      return added;
    });
    names(id, f[1]);
    names(id, f[2]);
    geonameIds.remember(parseId(f[3]), id);
  }

  private void admin2(String[] f) {
    String[] code = f[0].split("\\.", 3);
    if (code.length != 3 || code[0].length() != 2) {
      throw new IllegalArgumentException("code '" + f[0] + "' is not CC.ADMIN1.ADMIN2");
    }
    int id = add(PlaceKind.ADMIN2, f[1], code[0], code[1], code[2], "ADM2", 0, 0, 0, parseId(f[3]));
    areas.add(f[0], id);
    names(id, f[1]);
    names(id, f[2]);
    names(id, withoutLevelWord(f[2]));
    geonameIds.remember(parseId(f[3]), id);
  }

  /** "Daquq District" is also found as "Daquq" (the level word is read from the text). */
  private static String withoutLevelWord(String name) {
    int space = name.lastIndexOf(' ');
    if (space > 0 && Level.of(Names.normalize(name.substring(space + 1))) != Level.NONE) {
      return name.substring(0, space);
    }
    return name;
  }

  private void row(String[] f) {
    long gid = parseId(f[0]);
    double lat = Double.parseDouble(f[4]);
    double lon = Double.parseDouble(f[5]);
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates (" + lat + ", " + lon + ") of " + f[1] + " are out of range");
    }
    String cc = f[8];
    if (f[6].equals("A") && (f[7].equals("ADM1") || f[7].equals("ADM2"))) {
      boolean first = f[7].equals("ADM1");
      String key = first ? cc + "." + f[10] : cc + "." + f[10] + "." + f[11];
      Integer id = areas.entry(key).orElse(null);
      if (id == null) {
        id = add(first ? PlaceKind.ADMIN1 : PlaceKind.ADMIN2, f[1], cc, f[10], first ? "" : f[11],
            f[7], 0, lat, lon, gid);
        areas.add(key, id);
        geonameIds.remember(gid, id);
      } else {
        w.setCoordinates(id, lat, lon);
      }
      areas.placed(id);
      allNames(id, f);
      return;
    }
    if (!f[6].equals("P") || GONE.contains(f[7])) {
      return;
    }
    long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    int id = add(PlaceKind.PLACE, f[1], cc, f[10], f[11], f[7], pop, lat, lon, gid);
    places++;
    geonameIds.remember(gid, id);
    allNames(id, f);
    areas.contains(cc + "." + f[10], lat, lon);
    areas.contains(cc + "." + f[10] + "." + f[11], lat, lon);
    if (f[7].equals("PPLA2")) {
      areas.seat(cc + "." + f[10] + "." + f[11], lat, lon);
    }
  }

  private void allNames(int id, String[] f) {
    names(id, f[1]);
    names(id, f[2]);
    int start = 0;
    String alts = f[3];
    while (start < alts.length()) {
      int comma = alts.indexOf(',', start);
      int end = comma < 0 ? alts.length() : comma;
      if (end > start && !airportCode(alts, start, end)) {
        alternate(id, alts.substring(start, end), false);
      }
      start = end + 1;
    }
  }

  /**
   * An alternate of three capitals ("MIL", "KBL") is an airport code, which alternateNamesV2 files
   * as "iata" (left out there too): no report writes a town so, and "Al-Mil" is not Milan.
   */
  private static boolean airportCode(String s, int start, int end) {
    return end - start == 3 && s.substring(start, end).chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private void alternate(String[] f) {
    if (NOT_NAMES.contains(f[2])) {
      return;
    }
    int id = geonameIds.entryOf(parseId(f[1]));
    if (id >= 0 && w.kind(id) != PlaceKind.COUNTRY.ordinal()) {
      alternate(id, f[3], false);
    }
  }

  private int add(PlaceKind kind, String name, String cc, String admin1, String admin2, String feature,
      long population, double lat, double lon, long gid) {
    try {
      return w.addEntry(kind.ordinal(), name, cc, admin1, admin2, feature, population, lat, lon, gid);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Adds a main name: findable by its key and its transliteration skeleton. */
  private void names(int id, String name) {
    alternate(id, name, true);
  }

  /**
   * Adds a main name (with its skeleton) or an alternate one: alternates are kept apart as
   * weaker evidence, since other languages' names include common English words ("Part" for
   * Perth), and get no skeleton, being spelling variants already.
   */
  private void alternate(int id, String name, boolean main) {
    if (name.indexOf(',') >= 0) {
      return; // "Balochistan, Pakistan" is a description, not a name the text writes as one
    }
    if (name.contains("'s ") || name.contains("’s ")) {
      alternate(id, name.replace("'s ", " ").replace("’s ", " "), main); // the tokenizer drops a possessive
    }
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return;
    }
    try {
      w.addKey(key, id, !main);
      String s = main ? Names.skeleton(key) : "";
      if (!s.isEmpty()) {
        w.addSkeleton(s, id);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long parseId(String s) {
    return s.isEmpty() ? 0 : Long.parseLong(s);
  }
}
