package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@linkplain Names#normalize normalised} words of one text by where they are written: a word
 * written again (a text repeats most of its words) gets its normalised form back without a
 * substring made, normalised or hashed. Each normalised form has a number, 0 for the text's first,
 * then counting up (its {@linkplain #norm string} made and hashed once): the finder keeps a word's
 * gazetteer answers by it, so that a word written again costs no look-up. Single use, one
 * instance per text; not thread-safe.
 */
final class WordNorms {

  private final String text;
  /** Per slot: where a word written before starts and ends in the text; its form's number, -1 for a free slot. */
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private int[] forms;
  private int size;
  private final Map<String, Integer> byNorm;
  private final List<String> norms = new ArrayList<>();

  WordNorms(String text) {
    this.text = text;
    int capacity = Integer.highestOneBit(Math.max(64, text.length() / 4)) * 2;
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    forms = newForms(capacity);
    byNorm = new HashMap<>(Math.max(16, text.length() / 12));
  }

  /**
   * The number of the normalised form of the word written from {@code start} to {@code end},
   * whose characters' {@link String#hashCode} is {@code h} (hashed by the caller as it read them).
   */
  int of(int start, int end, int h) {
    int mask = forms.length - 1;
    int i = (h * 0x9E3779B9) >>> 7 & mask;
    for (; forms[i] >= 0; i = (i + 1) & mask) {
      if (hashes[i] == h && ends[i] - starts[i] == end - start && text.regionMatches(starts[i], text, start, end - start)) {
        return forms[i];
      }
    }
    int form = byNorm.computeIfAbsent(Names.normalize(text, start, end), w -> {
      norms.add(w);
      return norms.size() - 1;
    });
    starts[i] = start;
    ends[i] = end;
    hashes[i] = h;
    forms[i] = form;
    if (++size * 2 > forms.length) {
      grow();
    }
    return form;
  }

  /** The normalised form numbered {@code form} by {@link #of}. */
  String norm(int form) {
    return norms.get(form);
  }

  private static int[] newForms(int capacity) {
    int[] out = new int[capacity];
    Arrays.fill(out, -1);
    return out;
  }

  private void grow() {
    int[] s = starts;
    int[] e = ends;
    int[] hs = hashes;
    int[] fs = forms;
    starts = new int[fs.length * 2];
    ends = new int[fs.length * 2];
    hashes = new int[fs.length * 2];
    forms = newForms(fs.length * 2);
    int mask = forms.length - 1;
    for (int j = 0; j < fs.length; j++) {
      if (fs[j] >= 0) {
        int i = (hs[j] * 0x9E3779B9) >>> 7 & mask;
        while (forms[i] >= 0) {
          i = (i + 1) & mask;
        }
        starts[i] = s[j];
        ends[i] = e[j];
        hashes[i] = hs[j];
        forms[i] = fs[j];
      }
    }
  }
}
