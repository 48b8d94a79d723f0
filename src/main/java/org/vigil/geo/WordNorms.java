package org.vigil.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@linkplain Names#normalize normalised} words of one text by where they are written: a word
 * written again (a text repeats most of its words) gets its normalised string back without a
 * substring made, normalised or hashed; words of one normalised form share one string, already
 * hashed, for the finder's many look-ups. Single use, one instance per text; not thread-safe.
 */
final class WordNorms {

  private final String text;
  /** Per slot: where a word written before starts and ends in the text; its normalised form, null for a free slot. */
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private String[] norms;
  private int size;
  private final Map<String, String> byNorm;

  WordNorms(String text) {
    this.text = text;
    int capacity = Integer.highestOneBit(Math.max(64, text.length() / 4)) * 2;
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    norms = new String[capacity];
    byNorm = new HashMap<>(Math.max(16, text.length() / 12));
  }

  /** The normalised form of the word written from {@code start} to {@code end}. */
  String of(int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + text.charAt(k);
    }
    int mask = norms.length - 1;
    int i = (h * 0x9E3779B9) >>> 7 & mask;
    for (; norms[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && ends[i] - starts[i] == end - start && text.regionMatches(starts[i], text, start, end - start)) {
        return norms[i];
      }
    }
    String norm = byNorm.computeIfAbsent(Names.normalize(text, start, end), w -> w);
    starts[i] = start;
    ends[i] = end;
    hashes[i] = h;
    norms[i] = norm;
    if (++size * 2 > norms.length) {
      grow();
    }
    return norm;
  }

  private void grow() {
    int[] s = starts;
    int[] e = ends;
    int[] hs = hashes;
    String[] ns = norms;
    starts = new int[ns.length * 2];
    ends = new int[ns.length * 2];
    hashes = new int[ns.length * 2];
    norms = new String[ns.length * 2];
    int mask = norms.length - 1;
    for (int j = 0; j < ns.length; j++) {
      if (ns[j] != null) {
        int i = (hs[j] * 0x9E3779B9) >>> 7 & mask;
        while (norms[i] != null) {
          i = (i + 1) & mask;
        }
        starts[i] = s[j];
        ends[i] = e[j];
        hashes[i] = hs[j];
        norms[i] = ns[j];
      }
    }
  }
}
