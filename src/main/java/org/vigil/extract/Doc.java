package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;
import org.vigil.report.Report;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Sentence;
import org.vigil.text.Span;
import org.vigil.text.Token;

/**
 * One report analysed once: tokens, sentences, and every lexicon, registry, number, date and
 * place match, for the rules to query by token range. Built per report and never shared.
 */
final class Doc {

  final Report report;
  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final int[] sentenceOf;
  final int[] sentenceStart;
  final boolean allCaps;
  final List<Match<Cue>> cues;
  final List<NamedMention<Group>> groups;
  final List<NamedMention<Agency>> agencies;
  final List<NumberPhrase> numbers;
  final List<DateMention> dates;
  final List<ResolvedPlace> places;
  /** When the work on this report must stop; the rules ask it in their loops. */
  final Deadline deadline;
  /** Which tokens the report's cues, names and dates cover. */
  final Coverage coverage = new Coverage(this);
  /** Facts of single tokens the rules ask often, each read once. */
  final TokenFacts facts;
  /**
   * Each token's key and start offset side by side in arrays: the rules read them millions of times
   * a second, and each read through the tokens cost two more pointers to follow.
   */
  private final String[] keys;
  private final int[] starts;
  /** People named after a title ("Attorney General Roberto Garcia Alvarado"), found lazily. */
  private List<Span> persons;

  private TokenIndex personIndex;
  private MentionOwners owners;
  private final LowerText lower;
  private final Map<Long, List<CasualtyRules.Figure>> figures = new HashMap<>();

  /** {@link CasualtyRules#figures} of tokens [from, to), read once: the rules and role scorer ask for the same ranges. */
  List<CasualtyRules.Figure> figures(int from, int to) {
    long key = (long) from << 32 | to;
    List<CasualtyRules.Figure> out = figures.get(key);
    if (out == null) {
      out = List.copyOf(CasualtyRules.figures(this, from, to));
      figures.put(key, out);
    }
    return out;
  }

  /** The text in lower case (root locale), computed once. */
  String lowerText() {
    return lower.text();
  }

  /** Where {@code words}, in lower case, first occur in {@link #lowerText()}, or -1. */
  int firstInLowerText(String words) {
    return lower.firstIndexOf(words);
  }

  /** {@link ClaimCues#read} of each sentence, once: the rules ask it per draft, the role features per candidate. */
  private java.util.Optional<Match<Cue>>[] claims;

  @SuppressWarnings("unchecked")
  java.util.Optional<Match<Cue>> claimCue(int sentence) {
    claims = claims != null ? claims : new java.util.Optional[sentences.size()];
    if (claims[sentence] == null) {
      claims[sentence] = java.util.Optional.ofNullable(ClaimCues.read(this, sentence));
    }
    return claims[sentence];
  }

  /** The mentions of each sentence with their drafts, for the report's drafts {@code all}; built once. */
  MentionOwners owners(List<Draft> all) {
    owners = owners != null && owners.of(all) ? owners : new MentionOwners(all);
    return owners;
  }

  List<Span> persons() {
    if (persons == null) {
      persons = Persons.find(this);
    }
    return persons;
  }

  /** How many tokens of the report have this key. */
  int count(String key) {
    return facts.count(key);
  }

  /** People named whose first token is in {@code [from, to)}, in text order. */
  List<Span> personsIn(int from, int to) {
    List<Span> all = persons();
    personIndex = personIndex != null ? personIndex : TokenIndex.of(all, p -> tokenAt(p.start()), "persons");
    return personIndex.within(all, from, to);
  }

  /** Tokens before this index are the dateline ("QUETTA, Pakistan (Example Wire) -"). */
  final int datelineEnd;
  /** Tokens before this index are the dateline and the labels of {@link SourceHeader}; never a role's filler. */
  final int headerEnd;

  // every list of matches by first token, so that the rules find a range's by binary search
  private final TokenIndex cueIndex;
  private final Map<Cue, List<Match<Cue>>> cuesByValue = new HashMap<>();
  private final Map<Cue, TokenIndex> cueIndexByValue = new HashMap<>();
  private final TokenIndex dateIndex;
  private final TokenIndex numberIndex;
  private final TokenIndex groupIndex;
  private final TokenIndex agencyIndex;
  private final TokenIndex placeIndex;

  Doc(Report report, List<Token> tokens, List<Sentence> sentences, boolean allCaps,
      List<Match<Cue>> cues, List<NamedMention<Group>> groups, List<NamedMention<Agency>> agencies,
      List<NumberPhrase> numbers, List<DateMention> dates, List<ResolvedPlace> places, Deadline deadline) {
    this.report = report;
    this.text = report.text();
    this.lower = new LowerText(text);
    this.tokens = tokens;
    this.sentences = sentences;
    this.allCaps = allCaps;
    this.cues = cues;
    this.groups = groups;
    this.agencies = agencies;
    this.numbers = numbers;
    this.dates = dates;
    this.places = places;
    this.deadline = deadline;
    this.keys = new String[tokens.size()];
    this.starts = new int[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = tokens.get(i).key();
      starts[i] = tokens.get(i).start();
    }
    this.facts = new TokenFacts(this);
    this.sentenceOf = new int[tokens.size()];
    this.sentenceStart = new int[sentences.size() + 1];
    int t = 0;
    for (Sentence s : sentences) {
      sentenceStart[s.index()] = t;
      for (int k = 0; k < s.tokens().size(); k++) {
        sentenceOf[t++] = s.index();
      }
    }
    sentenceStart[sentences.size()] = tokens.size();
    this.datelineEnd = DatelineDate.end(tokens);
    this.headerEnd = SourceHeader.end(tokens, datelineEnd);
    this.cueIndex = TokenIndex.of(cues, Match::firstToken, "cues");
    for (Match<Cue> m : cues) {
      cuesByValue.computeIfAbsent(m.value(), v -> new ArrayList<>()).add(m);
    }
    cuesByValue.forEach((v, list) -> cueIndexByValue.put(v, TokenIndex.of(list, Match::firstToken, "cues")));
    this.dateIndex = TokenIndex.of(dates, DateMention::first, "dates");
    this.numberIndex = TokenIndex.of(numbers, NumberPhrase::first, "numbers");
    this.groupIndex = TokenIndex.of(groups, NamedMention::first, "groups");
    this.agencyIndex = TokenIndex.of(agencies, NamedMention::first, "agencies");
    this.placeIndex = TokenIndex.of(places, p -> tokenAt(p.span().start()), "places");
  }

  private String mainCountry;
  private boolean mainCountryKnown;

  /** The country the report is about ({@link MainCountry}); null when it names none. */
  String mainCountry() {
    if (!mainCountryKnown) {
      mainCountryKnown = true;
      mainCountry = MainCountry.of(this);
    }
    return mainCountry;
  }

  boolean inDateline(int token) {
    return token < datelineEnd;
  }

  int sentenceFirst(int sentence) {
    return sentenceStart[sentence];
  }

  int sentenceEnd(int sentence) {
    return sentenceStart[sentence + 1];
  }

  String key(int i) {
    return i >= 0 && i < keys.length ? keys[i] : "";
  }

  Span span(int first, int end) {
    return new Span(tokens.get(first).start(), tokens.get(Math.max(first, end - 1)).end());
  }

  String words(Span span) {
    return span.of(text);
  }

  /** The cues within tokens {@code [from, to)} that {@code which} accepts, in text order. */
  List<Match<Cue>> cues(int from, int to, Predicate<Cue> which) {
    List<Match<Cue>> out = new ArrayList<>();
    for (Match<Cue> m : cueIndex.within(cues, from, to)) {
      if (m.endToken() <= to && which.test(m.value())) {
        out.add(m);
      }
    }
    return out;
  }

  boolean has(int from, int to, String category, String label) {
    Cue cue = new Cue(category, label);
    List<Match<Cue>> all = cuesByValue.get(cue);
    if (all != null) {
      for (Match<Cue> m : cueIndexByValue.get(cue).within(all, from, to)) {
        if (m.endToken() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  /** Cues starting in tokens {@code [from, to)}, wherever they end, in text order. */
  List<Match<Cue>> cuesStartingIn(int from, int to, Predicate<Cue> which) {
    return cueIndex.within(cues, from, to).stream().filter(m -> which.test(m.value())).toList();
  }

  /** True when a trigger starts at this token. */
  boolean triggerStartsAt(int token) {
    for (Match<Cue> m : cueIndex.within(cues, token, token + 1)) { // no stream: asked of every word near a phrase
      if (m.value().isTrigger()) {
        return true;
      }
    }
    return false;
  }

  /** Dates whose first token is in {@code [from, to)}, in text order. */
  List<DateMention> datesIn(int from, int to) {
    return dateIndex.within(dates, from, to);
  }

  /** Numbers whose first token is in {@code [from, to)}, in text order. */
  List<NumberPhrase> numbersIn(int from, int to) {
    return numberIndex.within(numbers, from, to);
  }

  /** Groups whose first token is in {@code [from, to)}, in text order. */
  List<NamedMention<Group>> groupsIn(int from, int to) {
    return groupIndex.within(groups, from, to);
  }

  /** Agencies whose first token is in {@code [from, to)}, in text order. */
  List<NamedMention<Agency>> agenciesIn(int from, int to) {
    return agencyIndex.within(agencies, from, to);
  }

  /** Places whose first character lies in a token of {@code [from, to)}, in text order. */
  List<ResolvedPlace> placesIn(int from, int to) {
    return placeIndex.within(places, from, to);
  }

  /** All cues of one category and label, in text order. */
  List<Match<Cue>> cuesOf(String category, String label) {
    return cuesByValue.getOrDefault(new Cue(category, label), List.of());
  }

  /** Index of the first token starting at or after character offset {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
