package org.vigil.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.vigil.geo.index.GazetteerIndex;

/**
 * The bundled index, a gzip'd resource: inflated in one step into an array of the size its
 * gzip trailer states, instead of through a stream that grows and copies its buffer (a third of
 * the start-up's time went to that with 43 MB).
 */
final class BundledIndex {

  /** The resource beside {@link Gazetteer}, gzip'd: the repository and the jar carry it at half its size. */
  static final String NAME = "gazetteer.idx.gz";

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private BundledIndex() {}

  /** Reads and inflates the bundled index onto the heap. */
  static GazetteerIndex read() throws IOException {
    String origin = "bundled " + NAME;
    return GazetteerIndex.wrap(origin, ByteBuffer.wrap(gunzip(origin, bytes())));
  }

  /** The bundled index's gzip data, as the resource holds it. */
  static byte[] bytes() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(NAME)) {
      if (in == null) {
        throw new IOException("resource org/vigil/geo/" + NAME + " is missing from the classpath");
      }
      byte[] gz = in.readAllBytes();
      if (gz.length < 18) {
        throw new IOException("resource org/vigil/geo/" + NAME + " holds " + gz.length + " bytes, too few for gzip data");
      }
      return gz;
    }
  }

  /**
   * The bytes gzip'd in {@code gz}, checked against the trailer's length and CRC-32.
   *
   * @throws IOException when {@code gz} is not gzip data or is damaged
   */
  static byte[] gunzip(String origin, byte[] gz) throws IOException {
    if (gz.length < 18 || (gz[0] & 0xff) != 0x1f || (gz[1] & 0xff) != 0x8b || gz[2] != 8) {
      throw new IOException(origin + " is not gzip data (" + gz.length + " bytes)");
    }
    ByteBuffer trailer = ByteBuffer.wrap(gz, gz.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
    int crc = trailer.getInt();
    long size = trailer.getInt() & 0xffffffffL;
    int at = 10;
    int flags = gz[3];
    if ((flags & FEXTRA) != 0) {
      at += 2 + ((gz[at] & 0xff) | (gz[at + 1] & 0xff) << 8);
    }
    at = (flags & FNAME) != 0 ? skipString(gz, at) : at;
    at = (flags & FCOMMENT) != 0 ? skipString(gz, at) : at;
    at += (flags & FHCRC) != 0 ? 2 : 0;
    if (size > Integer.MAX_VALUE - 16 || at >= gz.length - 8) {
      throw new IOException(origin + ": a gzip member of " + size + " bytes cannot be read into one array");
    }
    byte[] out = new byte[(int) size];
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(gz, at, gz.length - 8 - at);
      int n = 0;
      while (n < out.length && !inflater.finished() && !inflater.needsInput()) {
        n += inflater.inflate(out, n, out.length - n);
      }
      if (n != out.length || !inflater.finished() || inflater.getRemaining() != 0) {
        return slow(gz); // more than one gzip member: let the stream read them all
      }
    } catch (DataFormatException e) {
      throw new IOException(origin + " is damaged: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    CRC32 check = new CRC32();
    check.update(out);
    if ((int) check.getValue() != crc) {
      throw new IOException(origin + " is damaged: its CRC-32 is " + Long.toHexString(check.getValue())
          + ", its trailer says " + Integer.toHexString(crc));
    }
    return out;
  }

  private static int skipString(byte[] gz, int at) {
    while (at < gz.length && gz[at] != 0) {
      at++;
    }
    return at + 1;
  }

  private static byte[] slow(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
      return in.readAllBytes();
    }
  }
}
