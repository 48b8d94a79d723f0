package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * A town the text says is one ("in the village of Boulkessi", "the town of Tangaza", "in Bardi
 * village") that no gazetteer entry names and no admin chain contains: kept as written inside the
 * country of the report's dateline, with that country's coordinates and precision, rather than
 * dropped for the dateline's own city; a neighbourhood or quarter ("in Al-Amal neighbourhood")
 * inside the dateline's city, with the city's. Stateless.
 */
final class UnknownTowns {

  /** Generic words that say the name after "of" is a settlement. */
  static final Set<String> SETTLEMENTS = WordSet.of("village", "town", "hamlet", "locality", "settlement");
  /** Capitalised words a kept town's name takes at most. */
  private static final int MAX_WORDS = 3;

  private UnknownTowns() {}

  /**
   * The towns named after "the village of" (and its kin) or before "village" (and its kin) after a
   * locative word, that cover no mention the geocoder resolved and no name already kept, each kept
   * in the dateline's country (a quarter in the dateline's city, if it is one); none when the
   * dateline names no place.
   */
  static List<ChainReader.Kept> find(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions,
      int[] chosen, ResolvedPlace[] places, List<ChainReader.Kept> kept) {
    List<ChainReader.Kept> out = new ArrayList<>();
    ResolvedPlace home = home(g, text, tokens, mentions, chosen, places, false);
    if (home == null) {
      return out;
    }
    ResolvedPlace city = home(g, text, tokens, mentions, chosen, places, true);
    for (int i = 2; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).norm().equals("of") || !SETTLEMENTS.contains(tokens.get(i - 1).norm())
          || !tokens.get(i - 2).norm().equals("the") || !tokens.get(i + 1).capitalised()) {
        continue;
      }
      int first = i + 1;
      int end = first;
      while (end < tokens.size() && end - first < MAX_WORDS && tokens.get(end).capitalised()
          && tokens.get(end).sentence() == tokens.get(first).sentence() && (end == first || tokens.get(end - 1).end() + 1 == tokens.get(end).start())) {
        end++;
      }
      if (!covered(first, end, mentions, chosen, kept)) {
        out.add(new ChainReader.Kept(first, end, end, within(tokens, mentions, chosen, places, end, home), false));
      }
    }
    for (int i = 2; i < tokens.size(); i++) {
      if (!BEFORE_GENERIC.contains(tokens.get(i).norm()) || tokens.get(i).capitalised()) {
        continue;
      }
      int first = i;
      while (first > 0 && i - first < MAX_WORDS && tokens.get(first - 1).capitalised()
          && tokens.get(first - 1).sentence() == tokens.get(i).sentence() && tokens.get(first - 1).end() + 1 == tokens.get(first).start()) {
        first--;
      }
      if (first < i && first > 0 && LOCATIVES.contains(tokens.get(first - 1).norm())
          && !covered(first, i, mentions, chosen, kept) && !covered(first, i, List.of(), chosen, out)) {
        boolean quarter = QUARTERS.contains(tokens.get(i).norm());
        if (!quarter || city != null) { // "in Bardi village": the word after is generic
          out.add(new ChainReader.Kept(first, i, i + 1, quarter ? city : home, false));
        }
      }
    }
    return out;
  }

  /** Generic words written after an unknown settlement's name: "in Bardi village", "in Al-Amal neighbourhood". */
  private static final Set<String> BEFORE_GENERIC = WordSet.of("village", "town", "hamlet", "locality", "settlement",
      "neighbourhood", "neighborhood", "quarter");
  /** Generic words of a part of a town, which lies in the dateline's city. */
  static final Set<String> QUARTERS = WordSet.of("neighbourhood", "neighborhood", "quarter");
  /** Words before a place's name that say the incident happened there. */
  static final Set<String> LOCATIVES = WordSet.of("in", "at", "near", "outside", "into", "on");

  /** Tokens after a kept town in which a district or province that holds it may be named ("in central Mali's Bankass district"). */
  private static final int WITHIN_TOKENS = 8;

  /**
   * The district or province of the home country named in the same sentence within a few tokens
   * after a kept town ("the village of Diallassagou in central Mali's Bankass district"), the
   * finest container the text gives; else {@code home}.
   */
  private static ResolvedPlace within(List<Token> tokens, List<Mention> mentions, int[] chosen, ResolvedPlace[] places,
      int end, ResolvedPlace home) {
    for (int m = 0; m < mentions.size(); m++) {
      int at = mentions.get(m).first();
      ResolvedPlace p = places[m];
      if (chosen[m] >= 0 && p != null && at >= end && at - end <= WITHIN_TOKENS
          && tokens.get(at).sentence() == tokens.get(end - 1).sentence() && mentions.get(m).demonymOf() == null
          && (p.precision() == Precision.DISTRICT || p.precision() == Precision.PROVINCE)
          && java.util.Objects.equals(p.countryCode(), home.countryCode())) {
        return p;
      }
    }
    return home;
  }

  static boolean covered(int first, int end, List<Mention> mentions, int[] chosen, List<ChainReader.Kept> kept) {
    for (int m = 0; m < mentions.size(); m++) {
      if (chosen[m] >= 0 && mentions.get(m).first() < end && first < mentions.get(m).last()) {
        return true;
      }
    }
    return kept.stream().anyMatch(k -> k.first() < end && first < k.end());
  }

  /**
   * The country of the place the dateline names, as a container, or with {@code city} that place
   * itself when it is a city (a quarter lies in the city, not anywhere in its country); null when
   * it names none.
   */
  static ResolvedPlace home(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions,
      int[] chosen, ResolvedPlace[] places, boolean city) {
    int datelineEnd = IncidentLocation.datelineEnd(text);
    for (int m = 0; m < mentions.size() && datelineEnd > 0; m++) {
      if (chosen[m] >= 0 && places[m] != null && places[m].countryCode() != null
          && tokens.get(mentions.get(m).first()).start() < datelineEnd && mentions.get(m).demonymOf() == null) {
        if (city) {
          return places[m].precision() == Precision.CITY ? places[m] : null;
        }
        Span at = new Span(tokens.get(mentions.get(m).first()).start(), tokens.get(mentions.get(m).last() - 1).end());
        return Places.country(g, places[m].countryCode(), at, places[m].country()).orElse(null);
      }
    }
    return null;
  }
}
