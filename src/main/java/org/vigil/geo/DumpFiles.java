package org.vigil.geo;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The GeoNames files inside a set of downloads: plain {@code .txt} files or the zips GeoNames
 * publishes them in ({@code allCountries.zip}, {@code AF.zip}, {@code cities500.zip},
 * {@code alternateNamesV2.zip}), recognised by name; readme and language tables are skipped.
 * Reads them line by line, counting the bytes consumed for a progress bar.
 */
final class DumpFiles {

  /** What a GeoNames file holds, in the order an import reads them. */
  enum Kind { ADMIN1, ADMIN2, TABLE, ALTERNATES }

  /** One file: a plain path, or an entry of a zip. */
  record Part(Path file, @Nullable String zipEntry, Kind kind, long bytes) {
    String name() {
      return zipEntry == null ? file.getFileName().toString() : file.getFileName() + "!" + zipEntry;
    }
  }

  private DumpFiles() {}

  /** The kind of a file by its name, or null for files an import skips. */
  static @Nullable Kind kindOf(String fileName) {
    String n = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (n.equals("admin1CodesASCII.txt")) {
      return Kind.ADMIN1;
    }
    if (n.equals("admin2Codes.txt")) {
      return Kind.ADMIN2;
    }
    if (n.equals("alternateNamesV2.txt") || n.equals("alternateNames.txt")) {
      return Kind.ALTERNATES;
    }
    if (n.equals("allCountries.txt") || n.matches("cities\\d+\\.txt") || n.matches("[A-Z]{2}\\.txt")
        || n.equals("no-country.txt")) {
      return Kind.TABLE;
    }
    return null;
  }

  /**
   * The GeoNames files in {@code sources}, admin codes first, then geoname tables, then
   * alternate names.
   *
   * @throws IOException when a source cannot be read, or holds no GeoNames file at all
   */
  static List<Part> parts(List<Path> sources) throws IOException {
    List<Part> out = new ArrayList<>();
    for (Path p : sources) {
      String name = p.getFileName().toString();
      int before = out.size();
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        try (ZipFile zip = new ZipFile(p.toFile())) {
          Enumeration<? extends ZipEntry> entries = zip.entries();
          while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            Kind k = e.isDirectory() ? null : kindOf(e.getName());
            if (k != null) {
              out.add(new Part(p, e.getName(), k, Math.max(0, e.getCompressedSize())));
            }
          }
        } catch (java.util.zip.ZipException e) {
          throw new IOException(p + " is not a readable zip file: " + e.getMessage(), e);
        }
      } else {
        Kind k = kindOf(name);
        if (k != null) {
          out.add(new Part(p, null, k, Files.size(p)));
        }
      }
      if (out.size() == before) {
        throw new IOException(p + " holds no GeoNames file (expected allCountries, a country file such as AF.txt, "
            + "citiesN, alternateNamesV2, admin1CodesASCII or admin2Codes, as .txt or in a .zip)");
      }
    }
    out.sort(Comparator.comparing(Part::kind));
    return out;
  }

  /** A reader over a part; the caller closes it. {@code counter} counts the raw bytes read. */
  static BufferedReader open(Part part, Counter counter) throws IOException {
    InputStream raw;
    if (part.zipEntry() == null) {
      raw = new CountingStream(Files.newInputStream(part.file()), counter);
    } else {
      ZipFile zip = new ZipFile(part.file().toFile());
      ZipEntry e = zip.getEntry(part.zipEntry());
      long compressed = Math.max(1, e.getCompressedSize());
      long size = Math.max(1, e.getSize());
      InputStream in = zip.getInputStream(e);
      raw = new CountingStream(in, n -> counter.add(n * compressed / size)) {
        @Override
        public void close() throws IOException {
          super.close();
          zip.close();
        }
      };
    }
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Receives counts of bytes read. */
  @FunctionalInterface
  interface Counter {
    void add(long bytes);
  }

  private static class CountingStream extends FilterInputStream {
    private final Counter counter;

    CountingStream(InputStream in, Counter counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counter.add(n);
      }
      return n;
    }
  }
}
