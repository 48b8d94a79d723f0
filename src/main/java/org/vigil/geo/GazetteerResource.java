package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled {@code gazetteer.tsv.gz} that {@code tools/gazetteer/convert.mjs} writes:
 * one record per line, tab-separated, the first field its kind (C country, A admin area,
 * P populated place; see the converter for the columns).
 */
final class GazetteerResource {

  static final String NAME = "gazetteer.tsv.gz";

  private GazetteerResource() {}

  static void readBundled(GazetteerBuilder b) throws IOException {
    readBundled(b, false);
  }

  /** Reads the bundled resource, only its countries when {@code countriesOnly}. */
  static void readBundled(GazetteerBuilder b, boolean countriesOnly) throws IOException {
    InputStream in = GazetteerResource.class.getResourceAsStream(NAME);
    if (in == null) {
      throw new IOException("resource org/vigil/geo/" + NAME + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      read(r, b, countriesOnly);
    }
  }

  static void read(BufferedReader r, GazetteerBuilder b, boolean countriesOnly) throws IOException {
    String[] f = new String[10];
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      if (countriesOnly && line.charAt(0) == 'P') {
        break;
      }
      if (countriesOnly && line.charAt(0) != 'C') {
        continue;
      }
      int n = Tsv.split(line, f);
      try {
        switch (f[0]) {
          case "C" -> {
            int id = b.add(PlaceKind.COUNTRY, f[3], f[1], "", "PCLI", 0,
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), 0);
            addAlternates(b, id, n > 6 ? f[6] : "");
          }
          case "A" -> {
            int id = b.add(PlaceKind.ADMIN1, f[3], f[1], f[2], "ADM1", 0,
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), 0);
            addAlternates(b, id, n > 6 ? f[6] : "");
          }
          case "P" -> b.add(PlaceKind.PLACE, f[2], f[3], f[4], f[5], Long.parseLong(f[6]),
              degrees(f[7]), degrees(f[8]), Long.parseLong(f[1]));
          default -> throw new IOException("unknown record kind '" + f[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IOException(NAME + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
  }

  /** Parses a decimal like "-12.3456" without the generality (and cost) of Double.parseDouble. */
  static double degrees(String s) {
    int i = 0;
    boolean negative = s.startsWith("-");
    if (negative) {
      i = 1;
    }
    long whole = 0;
    long fraction = 0;
    long scale = 1;
    boolean dot = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' && !dot) {
        dot = true;
      } else if (c >= '0' && c <= '9' && scale < 1_000_000_000L) {
        if (dot) {
          fraction = fraction * 10 + (c - '0');
          scale *= 10;
        } else {
          whole = whole * 10 + (c - '0');
        }
      } else if (c < '0' || c > '9') {
        return Double.parseDouble(s);
      }
    }
    double v = whole + (double) fraction / scale;
    return negative ? -v : v;
  }

  private static void addAlternates(GazetteerBuilder b, int id, String alternates) {
    if (alternates.isEmpty()) {
      return;
    }
    int start = 0;
    while (start <= alternates.length()) {
      int bar = alternates.indexOf('|', start);
      int end = bar < 0 ? alternates.length() : bar;
      if (end > start) {
        b.addName(id, alternates.substring(start, end));
      }
      if (bar < 0) {
        break;
      }
      start = bar + 1;
    }
  }
}
