package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of a datelined report that are likelier unlisted places of the dateline's country
 * than namesakes abroad. Stateless.
 */
final class DatelineHome {

  /** Population from which a city abroad is too well known to be the namesake of an unlisted local place. */
  static final long WORLD_CITY = 500_000;

  private DatelineHome() {}

  /**
   * A town abroad that nothing in the text supports, in a report datelined in one country
   * ("PEMBA, Mozambique - Insurgents attacked Palma"), is more likely a place of the dateline's
   * country that the gazetteer lacks than a namesake abroad: it is kept as written in that
   * country. Capitals, cities of half a million or more ("the Boston Marathon bombing" recalled in
   * a report from Bishkek) and places whose country the text names keep their resolution.
   * Returns the mentions so kept, their {@code chosen} entry set to -1 and their place to null;
   * {@code datelineEnd} is the text's {@link IncidentLocation#datelineEnd}.
   */
  static List<ChainReader.Kept> keep(Gazetteer gazetteer, List<Token> tokens, List<Mention> mentions, int datelineEnd,
      int[] chosen, ResolvedPlace[] places, CandidateScorer scorer) {
    ResolvedPlace home = null;
    for (int m = 0; m < mentions.size() && datelineEnd > 0; m++) {
      if (chosen[m] >= 0 && places[m] != null && tokens.get(mentions.get(m).first()).start() < datelineEnd
          && mentions.get(m).demonymOf() == null && gazetteer.kind(chosen[m]) == PlaceKind.COUNTRY) {
        home = places[m];
      }
    }
    List<ChainReader.Kept> out = new ArrayList<>();
    if (home == null) {
      return out;
    }
    for (int m = 0; m < mentions.size(); m++) {
      int id = chosen[m];
      Mention x = mentions.get(m);
      if (id < 0 || tokens.get(x.first()).start() < datelineEnd || gazetteer.kind(id) != PlaceKind.PLACE
          || gazetteer.countryCode(id).equals(home.countryCode()) || gazetteer.featureCode(id).equals("PPLC")
          || gazetteer.population(id) >= WORLD_CITY || scorer.countryEvidence(m, id) > 0.05) {
        continue;
      }
      chosen[m] = -1;
      places[m] = null;
      out.add(new ChainReader.Kept(x.first(), x.last(), x.last(), home, false));
    }
    return out;
  }
}
