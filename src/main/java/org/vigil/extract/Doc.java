package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
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
  /** People named after a title ("Attorney General Roberto Garcia Alvarado"), found lazily. */
  private List<Span> persons;

  List<Span> persons() {
    if (persons == null) {
      persons = Persons.find(this);
    }
    return persons;
  }

  private java.util.Map<String, Integer> keyCounts;

  /** How many tokens of the report have this key. */
  int count(String key) {
    if (keyCounts == null) {
      keyCounts = new java.util.HashMap<>();
      for (Token t : tokens) {
        keyCounts.merge(t.key(), 1, Integer::sum);
      }
    }
    return keyCounts.getOrDefault(key, 0);
  }

  /** Tokens before this index are the dateline ("QUETTA, Pakistan (Example Wire) -"). */
  final int datelineEnd;

  Doc(Report report, List<Token> tokens, List<Sentence> sentences, boolean allCaps,
      List<Match<Cue>> cues, List<NamedMention<Group>> groups, List<NamedMention<Agency>> agencies,
      List<NumberPhrase> numbers, List<DateMention> dates, List<ResolvedPlace> places) {
    this.report = report;
    this.text = report.text();
    this.tokens = tokens;
    this.sentences = sentences;
    this.allCaps = allCaps;
    this.cues = cues;
    this.groups = groups;
    this.agencies = agencies;
    this.numbers = numbers;
    this.dates = dates;
    this.places = places;
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
    this.datelineEnd = dateline(tokens);
  }

  /**
   * The dateline: capitalised place words, a comma or bracket, then a dash standing apart
   * ("QOM, Iran (Example Wire) -", "SAN SALVADOR, 3 JAN 90 --"), within the first tokens.
   */
  private static int dateline(List<Token> tokens) {
    boolean separator = false;
    for (int i = 0; i < Math.min(tokens.size(), 20); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (k.equals(",") || k.equals("(") || k.equals("[")) {
        separator = true;
      } else if (!separator && t.isWord() && !t.capitalised()) {
        return 0;
      }
      boolean apart = i > 0 && t.start() > tokens.get(i - 1).end();
      if (k.equals("-") && apart) {
        return separator ? (i + 1 < tokens.size() && tokens.get(i + 1).key().equals("-") ? i + 2 : i + 1) : 0;
      }
      if (k.equals(".") && !separator) {
        return 0;
      }
    }
    return 0;
  }

  private String mainCountry;
  private boolean mainCountryKnown;

  /** The dateline's country, else the country most named; null when the report names none. */
  String mainCountry() {
    if (!mainCountryKnown) {
      mainCountryKnown = true;
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      for (ResolvedPlace p : places) {
        if (p.countryCode() != null) {
          boolean dateline = inDateline(tokenAt(p.span().start()));
          counts.merge(p.countryCode(), dateline ? 3 : 1, Integer::sum);
        }
      }
      mainCountry = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
          .map(java.util.Map.Entry::getKey).orElse(null);
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
    return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
  }

  Span span(int first, int end) {
    return new Span(tokens.get(first).start(), tokens.get(Math.max(first, end - 1)).end());
  }

  String words(Span span) {
    return span.of(text);
  }

  List<Match<Cue>> cues(int from, int to, Predicate<Cue> which) {
    List<Match<Cue>> out = new ArrayList<>();
    for (Match<Cue> m : cues) {
      if (m.firstToken() >= from && m.endToken() <= to && which.test(m.value())) {
        out.add(m);
      }
    }
    return out;
  }

  boolean has(int from, int to, String category, String label) {
    for (Match<Cue> m : cues) {
      if (m.firstToken() >= from && m.endToken() <= to && m.value().is(category, label)) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first token starting at or after character offset {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
