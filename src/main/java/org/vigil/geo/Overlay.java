package org.vigil.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the curated alias table adds on the heap to a gazetteer index: extra spellings of
 * entries, demonyms, well-known sites and stop names. A few thousand items; filled once by
 * {@link CuratedAliases}, then read only (not thread-safe while filled).
 */
final class Overlay {

  final Map<String, int[]> names = new HashMap<>();
  final Map<String, int[]> skeletons = new HashMap<>();
  final Map<String, Integer> maxWords = new HashMap<>();
  /** The beginnings of two or more words of the names (whole names included): see {@link Gazetteer#mayBeginName}. */
  final Set<String> beginnings = new HashSet<>();
  final Map<String, String> demonyms = new HashMap<>();
  final Map<String, Integer> sites = new HashMap<>();
  final Set<String> stopNames = new HashSet<>();

  /** Makes entry {@code id} findable under another spelling. */
  void addName(int id, String name) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return;
    }
    add(names, key, id);
    String skeleton = Names.skeleton(key);
    if (!skeleton.isEmpty()) {
      add(skeletons, skeleton, id);
    }
    int space = key.indexOf(' ');
    maxWords.merge(space < 0 ? key : key.substring(0, space), key.split(" ").length, Math::max);
    for (int at = space < 0 ? -1 : key.indexOf(' ', space + 1); at > 0; at = key.indexOf(' ', at + 1)) {
      beginnings.add(key.substring(0, at));
    }
    if (space > 0) {
      beginnings.add(key);
    }
  }

  void addDemonym(String word, String cc) {
    demonyms.put(Names.normalize(word), cc.toUpperCase(Locale.ROOT));
  }

  void addSite(String siteName, int cityId) {
    sites.put(Names.normalize(siteName), cityId);
  }

  void addStopName(String word) {
    stopNames.add(Names.normalize(word));
  }

  private static void add(Map<String, int[]> index, String key, int id) {
    int[] ids = index.get(key);
    if (ids == null) {
      index.put(key, new int[] {id});
    } else if (Arrays.stream(ids).noneMatch(x -> x == id)) {
      int[] more = Arrays.copyOf(ids, ids.length + 1);
      more[ids.length] = id;
      index.put(key, more);
    }
  }

  /** {@code base} followed by the overlay's ids for the same key that it lacks. */
  static int[] merge(int[] base, int[] extra) {
    if (extra == null || extra.length == 0) {
      return base;
    }
    if (base.length == 0) {
      return extra.clone();
    }
    int[] out = Arrays.copyOf(base, base.length + extra.length);
    int n = base.length;
    for (int id : extra) {
      boolean known = false;
      for (int i = 0; i < base.length && !known; i++) {
        known = base[i] == id;
      }
      if (!known) {
        out[n++] = id;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
