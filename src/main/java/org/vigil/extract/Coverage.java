package org.vigil.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;
import org.vigil.text.PhraseTrie.Match;

/**
 * Which tokens of a report its triggers, names, places and dates cover, each built on first use,
 * so that "is this word inside a name?" is one look-up instead of a scan of every name. Owned by
 * one {@link Doc}; not thread-safe.
 */
final class Coverage {

  private final Doc doc;
  private TokenCoverage triggerTokens;
  private TokenCoverage groupTokens;
  private TokenCoverage agencyTokens;
  private TokenCoverage dateTokens;
  private TokenCoverage numberTokens;
  private TokenCoverage placeTokens;
  private TokenCoverage namedTokens;
  private TokenCoverage namedBesidesPlaces;
  private Map<Integer, ResolvedPlace> placeByEnd;
  private Map<Integer, NumberPhrase> numberByEnd;

  Coverage(Doc doc) {
    this.doc = doc;
  }

  /** True when a trigger covers this token. */
  boolean inTrigger(int token) {
    triggerTokens = triggerTokens != null ? triggerTokens
        : cover(doc.cues.stream().filter(m -> m.value().isTrigger()).toList(), Match::firstToken, Match::endToken);
    return triggerTokens.at(token);
  }

  /** True when a group's name covers one of tokens {@code [first, end)}. */
  boolean inGroup(int first, int end) {
    groupTokens = groupTokens != null ? groupTokens : cover(doc.groups, NamedMention::first, NamedMention::end);
    return groupTokens.any(first, end);
  }

  /** True when an agency's name covers one of tokens {@code [first, end)}. */
  boolean inAgency(int first, int end) {
    agencyTokens = agencyTokens != null ? agencyTokens : cover(doc.agencies, NamedMention::first, NamedMention::end);
    return agencyTokens.any(first, end);
  }

  /** True when a date covers one of tokens {@code [first, end)}. */
  boolean inDate(int first, int end) {
    dateTokens = dateTokens != null ? dateTokens : cover(doc.dates, DateMention::first, DateMention::end);
    return dateTokens.any(first, end);
  }

  /** True when a number phrase covers this token. */
  boolean inNumber(int token) {
    numberTokens = numberTokens != null ? numberTokens : cover(doc.numbers, NumberPhrase::first, NumberPhrase::end);
    return numberTokens.at(token);
  }

  /** True when the token starts inside a place's name. */
  boolean inPlace(int token) {
    placeTokens = placeTokens != null ? placeTokens : places();
    return placeTokens.at(token);
  }

  /** True when the token starts inside a cue, a place, a group or an agency. */
  boolean inNamed(int token) {
    if (namedTokens == null) {
      namedTokens = namedBesidesPlaces()
          .or(places());
    }
    return namedTokens.at(token);
  }

  /** True when the token starts inside a cue, a group or an agency (a place may be a surname too). */
  boolean inNamedBesidesPlaces(int token) {
    return namedBesidesPlaces().at(token);
  }

  private TokenCoverage namedBesidesPlaces() {
    if (namedBesidesPlaces == null) {
      namedBesidesPlaces = cover(doc.cues, Match::firstToken, Match::endToken)
          .or(cover(doc.groups, NamedMention::first, NamedMention::end))
          .or(cover(doc.agencies, NamedMention::first, NamedMention::end));
    }
    return namedBesidesPlaces;
  }

  /** The first place (in text order) whose span ends at character offset {@code end}, if any. */
  @Nullable ResolvedPlace placeEndingAt(int end) {
    if (placeByEnd == null) {
      placeByEnd = new HashMap<>();
      doc.places.forEach(p -> placeByEnd.putIfAbsent(p.span().end(), p));
    }
    return placeByEnd.get(end);
  }

  /** The first number phrase (in text order) that ends right before token {@code end}, if any. */
  @Nullable NumberPhrase numberEndingAt(int end) {
    if (numberByEnd == null) {
      numberByEnd = new HashMap<>();
      doc.numbers.forEach(n -> numberByEnd.putIfAbsent(n.end(), n));
    }
    return numberByEnd.get(end);
  }

  private TokenCoverage places() {
    return cover(doc.places, p -> doc.tokenAt(p.span().start()), p -> doc.tokenAt(p.span().end()));
  }

  private <T> TokenCoverage cover(List<T> items, ToIntFunction<T> first, ToIntFunction<T> end) {
    return TokenCoverage.of(doc.tokens.size(), items, first, end);
  }
}
