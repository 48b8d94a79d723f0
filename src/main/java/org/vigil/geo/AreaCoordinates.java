package org.vigil.geo;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.geo.index.IndexWriter;

/**
 * The areas of an import by their codes ("IQ", "IQ.08", "IQ.08.2"), and where they lie: an area
 * takes its own coordinates when the dump gives them, else its seat's (the place GeoNames codes
 * as the seat of a second-level area, PPLA2: a district is reported, and found again, where its
 * town is), else the mean of the places coded inside it.
 */
final class AreaCoordinates {

  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<String, double[]> sums = new HashMap<>();
  private final Map<String, double[]> seats = new HashMap<>();
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

  /** The place at ({@code lat}, {@code lon}) is the seat of the area coded {@code code}. */
  void seat(String code, double lat, double lon) {
    seats.putIfAbsent(code, new double[] {lat, lon});
  }

  /** Gives every area without coordinates of its own its seat's, or the mean of its places. */
  void writeMeans(IndexWriter w) {
    byCode.forEach((code, id) -> {
      double[] seat = seats.get(code);
      double[] s = sums.get(code);
      if (!placed.get(id) && seat != null) {
        w.setCoordinates(id, seat[0], seat[1]);
      } else if (!placed.get(id) && s != null) {
        w.setCoordinates(id, s[0] / s[2], s[1] / s[2]);
      }
    });
  }
}
