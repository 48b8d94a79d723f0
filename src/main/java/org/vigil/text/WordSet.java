package org.vigil.text;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words for the rules' hot membership tests. {@link Set#of} probes with a
 * division and calls {@code equals} on every slot it passes; this table is a power of two, mixes
 * the string's cached hash and compares stored hashes before any {@code equals}. Same contract as
 * {@link Set#of}: no nulls, no duplicates, {@code contains(null)} throws.
 */
public final class WordSet extends AbstractSet<String> {

  private final List<String> words;
  private final String[] table;
  private final int[] hashes;
  private final int shift;

  private WordSet(String... words) {
    this.words = List.of(words);
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, words.length * 3) - 1);
    table = new String[1 << bits];
    hashes = new int[1 << bits];
    shift = 32 - bits;
    for (String w : words) {
      int h = w.hashCode();
      int i = slot(h);
      while (table[i] != null) {
        if (table[i].equals(w)) {
          throw new IllegalArgumentException("duplicate word: " + w);
        }
        i = (i + 1) & (table.length - 1);
      }
      table[i] = w;
      hashes[i] = h;
    }
  }

  /** The set of {@code words}; throws on a null or a duplicate, as {@link Set#of} does. */
  public static WordSet of(String... words) {
    return new WordSet(words);
  }

  /**
   * {@code entries} in a hash map, read-only: for a hot word lookup, where {@link Map#of} probes
   * as {@link Set#of} does.
   */
  public static <V> Map<String, V> map(Map<String, V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  @Override
  public boolean contains(Object o) {
    if (!(Objects.requireNonNull(o) instanceof String s)) {
      return false;
    }
    int h = s.hashCode();
    for (int i = slot(h);; i = (i + 1) & (table.length - 1)) {
      String w = table[i];
      if (w == null) {
        return false;
      }
      if (hashes[i] == h && (w == s || w.equals(s))) {
        return true;
      }
    }
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}
