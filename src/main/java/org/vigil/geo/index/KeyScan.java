package org.vigil.geo.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a key record's bytes that gives its {@link IndexFormat#hash} and, on the way, the
 * hashes the in-heap filters are built from: those of its beginnings of two or more words
 * ({@link WordPrefixes}) and of its first {@link KeyHeads#SHORTEST} to {@link KeyHeads#LONGEST}
 * characters ({@link KeyHeads}). All are FNV-1a states of the same characters, so a table's keys
 * are read once at load, not once per filter.
 */
final class KeyScan {

  private static final int FNV_START = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private KeyScan() {}

  /**
   * The {@link IndexFormat#hash} of the key of the record at {@code rec} of {@code buf}
   * (unsigned byte length, key bytes); adds the hashes of its beginnings of two or more words to
   * {@code wordPrefixes} and of its first characters to {@code heads}, each when not null.
   */
  static int hash(ByteBuffer buf, int rec, @Nullable Hashes wordPrefixes, @Nullable Hashes heads) {
    int len = buf.get(rec) & 0xff;
    int h = FNV_START;
    boolean words = false;
    boolean ascii = true;
    for (int i = 0; i < len; i++) {
      byte b = buf.get(rec + 1 + i);
      if (b == ' ' && wordPrefixes != null) {
        if (words) {
          wordPrefixes.add(IndexFormat.avalanche(h));
        }
        words = true;
      }
      h = (h ^ (b & 0xff)) * FNV_PRIME;
      ascii &= b >= 0;
      if (heads != null && ascii && i < KeyHeads.LONGEST && i + 1 >= KeyHeads.SHORTEST) {
        heads.add(IndexFormat.avalanche(h));
      }
    }
    int whole = IndexFormat.avalanche(h);
    if (words) {
      wordPrefixes.add(whole);
    }
    return whole;
  }

  /** A growing list of hashes. Not thread-safe. */
  static final class Hashes {
    private int[] hashes = new int[1024];
    private int n;

    void add(int h) {
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, n * 2);
      }
      hashes[n++] = h;
    }

    int size() {
      return n;
    }

    int get(int i) {
      return hashes[i];
    }
  }
}
