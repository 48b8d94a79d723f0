package org.vigil.geo.index;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The beginnings of {@link #SHORTEST} to {@link #LONGEST} characters of the keys of a
 * {@link KeyTable} or of a set of strings, as a blocked Bloom filter on the heap: a finder that
 * would look up many phrases starting with one word ("reported", "government" in an all-caps
 * report) learns once that no key begins as that word does, and so that none of those phrases
 * can be a key. "No" is certain; "yes" may be wrong (a few in a hundred), and is the answer for
 * a string shorter than {@link #SHORTEST} or with a character beyond ASCII among its first
 * {@link #LONGEST}. About a megabyte for the bundled gazetteer's skeletons; immutable and thread-safe.
 */
public final class KeyHeads {

  /** Fewest characters of a beginning kept. */
  public static final int SHORTEST = 5;
  /** Most characters of a beginning kept: a longer string is asked about its first as many. */
  public static final int LONGEST = 12;

  private static final int BITS_PER_HEAD = 8;
  /** FNV-1a, as {@link IndexFormat#hash}. */
  private static final int FNV_START = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  /** Null when the table was too large to read its keys: every string may then begin one. */
  private final long @Nullable [] filter;
  private final int shift;

  private KeyHeads(KeyScan.Hashes hashes) {
    int n = hashes.size();
    int wordBits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, n * BITS_PER_HEAD / 64)));
    this.filter = new long[1 << wordBits];
    this.shift = 32 - wordBits;
    for (int i = 0; i < n; i++) {
      filter[KeyTable.filterWord(hashes.get(i), shift)] |= KeyTable.filterBits(hashes.get(i));
    }
  }

  private KeyHeads() {
    this.filter = null;
    this.shift = 0;
  }

  /** The beginnings of the keys of {@code table}. */
  static KeyHeads of(KeyTable table) {
    if (!table.onHeap()) {
      return unknown();
    }
    KeyScan.Hashes out = new KeyScan.Hashes();
    table.forEachKey((buf, rec) -> KeyScan.hash(buf, rec, null, out));
    return new KeyHeads(out);
  }

  /** The filter of the beginnings whose hashes a pass of {@link KeyScan#hash} gave {@code hashes}. */
  static KeyHeads of(KeyScan.Hashes hashes) {
    return new KeyHeads(hashes);
  }

  /** Beginnings of a table too large for the heap: every string may begin a key. */
  static KeyHeads unknown() {
    return new KeyHeads();
  }

  /** The beginnings of {@code strings}. */
  public static KeyHeads of(Collection<String> strings) {
    KeyScan.Hashes out = new KeyScan.Hashes();
    for (String s : strings) {
      int h = FNV_START;
      for (int i = 0; i < Math.min(LONGEST, s.length()) && s.charAt(i) < 128; i++) {
        h = (h ^ s.charAt(i)) * FNV_PRIME;
        if (i + 1 >= SHORTEST) {
          out.add(IndexFormat.avalanche(h));
        }
      }
    }
    return new KeyHeads(out);
  }

  /**
   * False when no key begins with the first {@link #LONGEST} characters of {@code s} (all of
   * them when it has fewer); true when one may.
   */
  public boolean mayBegin(CharSequence s) {
    if (filter == null || s.length() < SHORTEST) {
      return true;
    }
    int h = FNV_START;
    for (int i = 0; i < Math.min(LONGEST, s.length()); i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return true;
      }
      h = (h ^ c) * FNV_PRIME;
    }
    h = IndexFormat.avalanche(h);
    long bits = KeyTable.filterBits(h);
    return (filter[KeyTable.filterWord(h, shift)] & bits) == bits;
  }
}
