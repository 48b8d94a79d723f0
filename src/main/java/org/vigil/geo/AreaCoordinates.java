package org.vigil.geo;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.geo.index.IndexWriter;

/**
 * The areas of an import by their codes ("IQ", "IQ.08", "IQ.08.2"), and where they lie: an area
 * takes its own coordinates when the dump gives them, else the mean of the places coded inside
 * it, so that no area is left at (0, 0).
 */
final class AreaCoordinates {

  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<String, double[]> sums = new HashMap<>();
  private final BitSet placed = new BitSet();

  Optional<Integer> entry(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  void add(String code, int entryId) {
    byCode.put(code, entryId);
  }

  /** The entry has coordinates of its own. */
  void placed(int entryId) {
    placed.set(entryId);
  }

  /** A place at ({@code lat}, {@code lon}) lies in the area coded {@code code}. */
  void contains(String code, double lat, double lon) {
    double[] s = sums.computeIfAbsent(code, k -> new double[3]);
    s[0] += lat;
    s[1] += lon;
    s[2] += 1;
  }

  /** Gives every area without coordinates of its own the mean of its places. */
  void writeMeans(IndexWriter w) {
    byCode.forEach((code, id) -> {
      double[] s = sums.get(code);
      if (!placed.get(id) && s != null) {
        w.setCoordinates(id, s[0] / s[2], s[1] / s[2]);
      }
    });
  }
}
