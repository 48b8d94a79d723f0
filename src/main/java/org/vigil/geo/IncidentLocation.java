package org.vigil.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Picks the place where a report's main incident happened from the geocoder's resolution.
 *
 * <p>The rule: set aside a dateline ("KABUL, Afghanistan (AP) --", "SAN SALVADOR, 3 JAN 90 --")
 * and demonyms. Find the first sentence with an event word (attack, killed, bomb, kidnapped,
 * ...). If it names no place, the most specific place of the main country in the next sentence
 * is taken, else the dateline's place when there is one (the report's own city). Otherwise take the first sentence that names a place and an
 * event word, or failing that the first sentence with a place. In it prefer places in the
 * report's main country (the one most places are in), then the most specific place (site,
 * city, district, province, country; the first on a tie). Then, if within the next two
 * sentences a more specific place lies inside it, take that. With no other place, fall back to
 * the dateline, then to a demonym's country. A foreign country named in passing ("extradited
 * to the United States") gives way to the first place in the main country, and a country
 * gives way to a dateline city in that country (the best guess at the city). Pure function.
 */
public final class IncidentLocation {

  /** Word beginnings that mark an incident in a sentence. */
  static final List<String> EVENT_STEMS = List.of("attack", "kill", "bomb", "explo", "blast",
      "kidnap", "abduct", "murder", "assassinat", "shot", "shoot", "gunmen", "gunman", "wound",
      "ambush", "massacre", "clash", "dynamit", "burn", "arson", "hostage", "hijack", "raid",
      "fire", "grenade", "mortar", "rocket", "dead", "died", "injur", "destroy", "damage",
      "sabotag", "storm", "stabb", "suicide", "militant", "terroris", "guerrilla", "seiz");

  private static final Set<String> DATELINE_MARKS = WordSet.of("--", "—", "–");

  private IncidentLocation() {}

  /** The main incident's place among {@code places} (the resolution of {@code text}). */
  public static Optional<ResolvedPlace> primary(String text, List<ResolvedPlace> places) {
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int datelineEnd = datelineEnd(text);
    List<Token> tokens = Tokenizer.tokenize(text);
    List<ResolvedPlace> body = new ArrayList<>();
    for (ResolvedPlace p : places) {
      if (!p.relation().equals("demonym") && p.span().start() >= datelineEnd) {
        body.add(p);
      }
    }
    if (body.isEmpty()) {
      return places.stream().filter(p -> !p.relation().equals("demonym")).findFirst()
          .or(() -> Optional.of(places.get(0)));
    }
    int[] sentenceOf = new int[body.size()];
    for (int i = 0; i < body.size(); i++) {
      sentenceOf[i] = sentenceAt(tokens, body.get(i).span().start());
    }
    int firstEvent = firstEventSentence(tokens, datelineEnd);
    boolean eventHasPlace = false;
    for (int s : sentenceOf) {
      eventHasPlace |= s == firstEvent;
    }
    String mainCountry = mainCountry(places);
    Optional<ResolvedPlace> dateline = places.stream()
        .filter(p -> p.span().start() < datelineEnd && !p.relation().equals("demonym")
            && p.precision() != Precision.COUNTRY && mainCountry.equals(p.countryCode()))
        .findFirst();
    if (firstEvent >= 0 && !eventHasPlace) {
      ResolvedPlace next = null;
      for (int i = 0; i < body.size(); i++) {
        if (sentenceOf[i] == firstEvent + 1 && mainCountry.equals(body.get(i).countryCode())
            && (next == null || moreSpecific(body.get(i), next))) {
          next = body.get(i);
        }
      }
      if (next != null && next.precision() != Precision.COUNTRY) {
        return Optional.of(next);
      }
      if (dateline.isPresent()) {
        return dateline;
      }
    }
    int sentence = -1;
    for (int i = 0; i < body.size() && sentence < 0; i++) {
      if (hasEventWord(tokens, sentenceOf[i])) {
        sentence = sentenceOf[i];
      }
    }
    if (sentence < 0) {
      sentence = sentenceOf[0];
    }
    ResolvedPlace best = null;
    for (int i = 0; i < body.size(); i++) {
      if (sentenceOf[i] == sentence && (best == null || better(body.get(i), best, mainCountry))) {
        best = body.get(i);
      }
    }
    if (best != null && best.precision() == Precision.COUNTRY && dateline.isPresent()
        && best.countryCode() != null && best.countryCode().equals(dateline.get().countryCode())) {
      return dateline;
    }
    if (best != null && best.precision() == Precision.COUNTRY
        && !mainCountry.equals(best.countryCode())) {
      ResolvedPlace home = places.stream()
          .filter(p -> mainCountry.equals(p.countryCode()) && !p.relation().equals("demonym"))
          .findFirst().orElse(null);
      if (home != null) {
        return Optional.of(home);
      }
    }
    for (int i = 0; i < body.size(); i++) {
      ResolvedPlace p = body.get(i);
      if (sentenceOf[i] > sentence && sentenceOf[i] <= sentence + 2 && moreSpecific(p, best)
          && inside(p, best)) {
        best = p;
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(ResolvedPlace a, ResolvedPlace b, String mainCountry) {
    boolean aMain = mainCountry.equals(a.countryCode());
    boolean bMain = mainCountry.equals(b.countryCode());
    if (aMain != bMain) {
      return aMain;
    }
    return moreSpecific(a, b);
  }

  /**
   * The country most places are in (cities count twice, countries and demonyms once; on a tie
   * the one named first); "" when none.
   */
  private static String mainCountry(List<ResolvedPlace> places) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ResolvedPlace p : places) {
      if (p.countryCode() != null) {
        boolean weak = p.precision() == Precision.COUNTRY || p.relation().equals("demonym");
        counts.merge(p.countryCode(), weak ? 1 : 2, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse("");
  }

  private static int firstEventSentence(List<Token> tokens, int from) {
    for (Token t : tokens) {
      if (t.start() < from) {
        continue;
      }
      for (String stem : EVENT_STEMS) {
        if (t.norm().startsWith(stem)) {
          return t.sentence();
        }
      }
    }
    return -1;
  }

  private static boolean moreSpecific(ResolvedPlace a, ResolvedPlace b) {
    return a.precision().ordinal() < b.precision().ordinal();
  }

  private static boolean inside(ResolvedPlace inner, ResolvedPlace outer) {
    if (inner.countryCode() == null || !inner.countryCode().equals(outer.countryCode())) {
      return false;
    }
    return outer.precision() == Precision.COUNTRY
        || (outer.precision() == Precision.PROVINCE && outer.admin1() != null
            && outer.admin1().equals(inner.admin1()));
  }

  /**
   * Offset just past a dateline mark within the first 150 characters ("--", a dash, or " - "
   * after a closing parenthesis or a capital: "ISTANBUL (Reuters) - "), or 0.
   */
  static int datelineEnd(String text) {
    int limit = Math.min(text.length(), 150);
    int best = Integer.MAX_VALUE;
    for (String mark : DATELINE_MARKS) {
      int at = indexBefore(text, mark, limit);
      if (at >= 0) {
        best = Math.min(best, at + mark.length());
      }
    }
    int hyphen = indexBefore(text, " - ", limit);
    if (hyphen > 0 && hyphen + 3 < best) {
      char before = text.charAt(hyphen - 1);
      if (before == ')' || Character.isUpperCase(before) || capitalisedLead(text, hyphen)) {
        best = hyphen + 3;
      }
    }
    return best == Integer.MAX_VALUE ? 0 : best;
  }

  /**
   * Where {@code mark} is first written in {@code text} when that is before offset {@code limit},
   * else -1: the text beyond is not scanned (a report is thousands of characters, its dateline in
   * the first line).
   */
  private static int indexBefore(String text, String mark, int limit) {
    return text.substring(0, Math.min(text.length(), limit + mark.length() - 1)).indexOf(mark);
  }

  /**
   * Whether the text opens with a place in capitals and a comma before {@code hyphen}, as a
   * dateline does ("PEMBA, Mozambique - "), where a sentence with a dash in it does not.
   */
  private static boolean capitalisedLead(String text, int hyphen) {
    int comma = text.indexOf(',');
    if (comma < 2 || comma > hyphen) {
      return false;
    }
    for (int i = 0; i < comma; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
    }
    return Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1));
  }

  private static int sentenceAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return tokens.isEmpty() ? 0 : tokens.get(lo).sentence();
  }

  private static boolean hasEventWord(List<Token> tokens, int sentence) {
    for (Token t : tokens) {
      if (t.sentence() == sentence) {
        for (String stem : EVENT_STEMS) {
          if (t.norm().startsWith(stem)) {
            return true;
          }
        }
      } else if (t.sentence() > sentence) {
        break;
      }
    }
    return false;
  }
}
