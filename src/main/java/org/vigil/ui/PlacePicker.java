package org.vigil.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerEntry;

/**
 * Finds a watched place by name in the bundled gazetteer, so that a place watchlist needs no
 * typed coordinates: "Mogadishu", or "Palma, MZ" to pick the country; the most populous match
 * wins. The gazetteer is read on first use only (the UI rarely needs it).
 */
final class PlacePicker {

  private volatile Gazetteer gazetteer;

  /** The place named {@code text} ("NAME" or "NAME, CC"), if the gazetteer knows it. */
  Optional<GazetteerEntry> find(String text) {
    String name = text.strip();
    String country = null;
    int comma = name.lastIndexOf(',');
    if (comma > 0 && name.substring(comma + 1).strip().matches("[A-Za-z]{2}")) {
      country = name.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
      name = name.substring(0, comma).strip();
    }
    String cc = country;
    return gazetteer().lookup(name).stream().filter(e -> cc == null || e.countryCode().equals(cc))
        .max(Comparator.comparingLong(GazetteerEntry::population));
  }

  private Gazetteer gazetteer() {
    Gazetteer g = gazetteer;
    if (g == null) {
      synchronized (this) {
        if (gazetteer == null) {
          gazetteer = Gazetteer.loadDefault();
        }
        g = gazetteer;
      }
    }
    return g;
  }
}
