package org.vigil.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import org.vigil.geo.index.GazetteerIndex;

/**
 * The bundled index inflated once into a data directory ({@code gazetteer/bundled-CRC.idx}, named
 * by the CRC-32 its gzip trailer states) and memory-mapped from then on, as an installed GeoNames
 * index is: a start-up then neither inflates 43 MB nor holds them on the heap. The copy is
 * written beside its name and renamed, checked against that CRC-32 whenever it is opened, and
 * written again when it does not match; copies of other versions of the bundled index are deleted.
 */
final class BundledCopy {

  private static final String PREFIX = "bundled-";

  private BundledCopy() {}

  /** The copy's file in {@code dataDir} for bundled gzip data whose trailer states {@code crc}. */
  static Path file(Path dataDir, int crc) {
    return dataDir.resolve(InstalledGazetteer.DIR).resolve(PREFIX + String.format("%08x", crc) + ".idx");
  }

  /**
   * The bundled gazetteer, read from its copy in {@code dataDir} (written first when missing or
   * damaged).
   *
   * @throws IOException when the copy cannot be written or read (the caller may read the bundled index instead)
   */
  static Gazetteer load(Path dataDir) throws IOException {
    byte[] gz = BundledIndex.bytes();
    ByteBuffer trailer = ByteBuffer.wrap(gz, gz.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
    int crc = trailer.getInt();
    long size = trailer.getInt() & 0xffffffffL;
    Path copy = file(dataDir, crc);
    if (!matches(copy, crc, size)) {
      write(copy, BundledIndex.gunzip("bundled " + BundledIndex.NAME, gz));
    }
    return Gazetteer.withAliases(GazetteerIndex.open(copy), false);
  }

  /** Whether {@code copy} holds {@code size} bytes of CRC-32 {@code crc}. */
  private static boolean matches(Path copy, int crc, long size) throws IOException {
    if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.READ)) {
      MappedByteBuffer bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      CRC32 check = new CRC32();
      check.update(bytes);
      return (int) check.getValue() == crc;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(Path copy, byte[] index) throws IOException {
    Path dir = Files.createDirectories(copy.getParent());
    Path tmp = Files.createTempFile(dir, PREFIX, ".part");
    try {
      Files.write(tmp, index);
      Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*.idx")) {
      for (Path p : old) {
        if (!p.equals(copy)) {
          Files.deleteIfExists(p); // an earlier version's copy; a process still mapping it keeps its pages
        }
      }
    }
  }
}
