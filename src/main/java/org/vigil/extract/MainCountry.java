package org.vigil.extract;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;

/**
 * The country a report is about: the dateline's, else the one most named (a place named weighs
 * two nationality words, and wins a tie with them). A wire story filed
 * from one capital about violence in another country ("WASHINGTON - ... gunmen opened fire on a
 * hotel in Bamako") is about the other country when the dateline's country is named nowhere
 * else but in nationality words, and the other country has a town or finer place of its own.
 * Stateless.
 */
final class MainCountry {

  /** Weights of a mention: in the dateline, a place named in the text, a nationality word. */
  private static final int DATELINE = 6;
  private static final int NAMED = 2;
  private static final int NATIONALITY = 1;

  private MainCountry() {}

  static @Nullable String of(Doc doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> inText = new HashMap<>();
    Map<String, Boolean> fine = new HashMap<>();
    String dateline = null;
    for (ResolvedPlace p : doc.places) {
      String cc = p.countryCode();
      if (cc == null) {
        continue;
      }
      boolean inDateline = doc.inDateline(doc.tokenAt(p.span().start()));
      boolean demonym = p.relation().equals("demonym");
      counts.merge(cc, inDateline ? DATELINE : demonym ? NATIONALITY : NAMED, Integer::sum);
      if (inDateline) {
        dateline = cc;
      } else if (!demonym) {
        inText.merge(cc, NAMED, Integer::sum);
        fine.merge(cc, p.precision().compareTo(Precision.DISTRICT) <= 0, Boolean::logicalOr);
      }
    }
    if (dateline != null && !inText.containsKey(dateline)) {
      String abroad = inText.entrySet().stream().filter(e -> fine.get(e.getKey()))
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (abroad != null) {
        return abroad;
      }
    }
    // at equal weight the country named as a place wins: "a French soldier ... in central Mali,
    // the French presidency said" is about Mali
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparingInt(e -> inText.getOrDefault(e.getKey(), 0))).map(Map.Entry::getKey).orElse(null);
  }
}
