package org.vigil.geo.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The layout of a gazetteer index file (all numbers big-endian):
 *
 * <pre>
 * magic "VGZIDX01", int section count, then per section: long offset, long length
 * META      UTF-8 lines "key=value" (source, created, counts)
 * CODES     four string lists (country codes, admin1 codes, admin2 codes, feature codes):
 *           int count, then per string: unsigned short length, UTF-8 bytes
 * ENTRIES   {@link #ENTRY_BYTES}-byte records: byte kind, byte 0, short country, short feature,
 *           short 0, int admin1, int admin2, int population, float lat, float lon,
 *           int geonameId, int name offset (into NAMES)
 *           (kind 0 country, 1 first-level area, 2 second-level area, 3 populated place)
 * NAMES     per name: unsigned short length, UTF-8 bytes
 * ADMIN     int count, then the ids of the entries that are not populated places
 * NAME_KEYS, SKELETON_KEYS, FIRST_WORDS, ALTERNATE_KEYS   hash tables (see {@link KeyTable}):
 *           main names, their transliteration skeletons, the most words of a key by its first
 *           word, and alternate names (other languages and spellings, weaker evidence)
 * </pre>
 *
 * Each section is under 2 GiB, so it can be mapped on its own.
 */
public final class IndexFormat {

  static final byte[] MAGIC = "VGZIDX01".getBytes(StandardCharsets.US_ASCII);

  static final int META = 0;
  static final int CODES = 1;
  static final int ENTRIES = 2;
  static final int NAMES = 3;
  static final int ADMIN = 4;
  static final int NAME_KEYS = 5;
  static final int SKELETON_KEYS = 6;
  static final int FIRST_WORDS = 7;
  static final int ALTERNATE_KEYS = 8;
  static final int SECTIONS = 9;

  static final int HEADER_BYTES = MAGIC.length + 4 + SECTIONS * 16;

  static final int ENTRY_BYTES = 36;

  /** The kind of a populated place; kinds below it are areas, listed in the ADMIN section. */
  public static final int KIND_PLACE = 3;

  /** Longest key stored, in bytes; longer keys are dropped (no place name is that long). */
  public static final int MAX_KEY_BYTES = 255;

  private IndexFormat() {}

  /** The hash of an ASCII key: FNV-1a with a final avalanche, so the high bits are usable. */
  static int hash(CharSequence key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    return avalanche(h);
  }

  /** The final mix of {@link #hash}, applied to the FNV-1a state. */
  static int avalanche(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * {@link #hash} of {@code key} as an unsigned value when it is {@link #storable}, else -1: one
   * pass over the key, as each look-up needs both.
   */
  public static long storableHash(CharSequence key) {
    int n = key.length();
    if (n == 0 || n > MAX_KEY_BYTES) {
      return -1;
    }
    int h = 0x811c9dc5;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c >= 128) {
        return -1;
      }
      h = (h ^ c) * 0x01000193;
    }
    return avalanche(h) & 0xffffffffL;
  }

  /** The state of {@link #storableHash} before any character: extend it with {@link #hashStep}. */
  public static long hashStart() {
    return 0x811c9dc5L;
  }

  /**
   * The state of {@link #storableHash} after one more character {@code c}; -1 (for good) once
   * a character cannot be stored. Lets a caller hash ever longer phrases from one word, each
   * character once, without making their strings. The state is the key's length above 32 bits
   * and the FNV-1a value below.
   */
  public static long hashStep(long state, char c) {
    if (state < 0 || c >= 128) {
      return -1;
    }
    int h = ((int) state ^ c) * 0x01000193;
    return (state >>> 32) + 1 << 32 | h & 0xffffffffL;
  }

  /**
   * {@link #hashStep} applied to each character of {@code word} in turn: a phrase's hash
   * continued by a whole word, each character read once, with no state packed between them.
   */
  public static long hashWord(long state, String word) {
    if (state < 0) {
      return -1;
    }
    int h = (int) state;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128) {
        return -1;
      }
      h = (h ^ c) * 0x01000193;
    }
    return (state >>> 32) + word.length() << 32 | h & 0xffffffffL;
  }

  /** {@link #storableHash} of the key whose characters gave {@code state}: -1 when it cannot be stored. */
  public static long hashEnd(long state) {
    long length = state >>> 32;
    if (state < 0 || length == 0 || length > MAX_KEY_BYTES) {
      return -1;
    }
    return avalanche((int) state) & 0xffffffffL;
  }

  /** Whether {@code key} can be stored: non-empty, ASCII, at most {@link #MAX_KEY_BYTES}. */
  static boolean storable(CharSequence key) {
    if (key.length() == 0 || key.length() > MAX_KEY_BYTES) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * The offset and length of each section listed in an index's {@code header}, checked against
   * the version and the size of the file {@code origin}.
   */
  static long[][] sections(String origin, ByteBuffer header, long fileSize) throws IOException {
    if (header.remaining() < IndexFormat.HEADER_BYTES) {
      throw new IOException(origin + " is too short (" + fileSize + " bytes) to be a gazetteer index");
    }
    byte[] magic = new byte[IndexFormat.MAGIC.length];
    header.get(magic);
    if (!Arrays.equals(magic, IndexFormat.MAGIC)) {
      throw new IOException(origin + " is not a gazetteer index of this version (expected it to start with "
          + new String(IndexFormat.MAGIC, StandardCharsets.US_ASCII) + ")");
    }
    int n = header.getInt();
    if (n != IndexFormat.SECTIONS) {
      throw new IOException(origin + " has " + n + " sections, expected " + IndexFormat.SECTIONS);
    }
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      long offset = header.getLong();
      long length = header.getLong();
      if (offset < IndexFormat.HEADER_BYTES || length < 0 || length > Integer.MAX_VALUE
          || offset + length > fileSize) {
        throw new IOException(origin + ": section " + i + " (" + length + " bytes at " + offset
            + ") lies outside the file of " + fileSize + " bytes; the file is truncated or damaged");
      }
      out[i] = new long[] {offset, length};
    }
    return out;
  }
}
