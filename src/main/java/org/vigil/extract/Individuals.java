package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * The people who acted (or were arrested) as described: "two members", "gunmen".
 *
 * @param modifier true when the word only qualifies the noun of the attack ("a terrorist attack",
 *     "the guerrilla action"): it says who is blamed but describes no people and counts none
 */
record Individuals(String text, @Nullable Integer count, Span span, boolean modifier) {

  /** The description of the people, or null when the word only qualifies the attack. */
  @Nullable String people() {
    return modifier ? null : text;
  }

  /** How many people, or null when the word only qualifies the attack. */
  @Nullable Integer howMany() {
    return modifier ? null : count;
  }

  /**
   * After the trigger of an attack, people are its authors only as an agent ("attacked by
   * gunmen"), as those it is blamed on ("blamed on Colombian guerrillas"), or as the subject of a
   * verb of their own ("... when militants opened fire", "two men placed the explosives").
   */
  private static boolean agent(Doc doc, Match<Cue> m) {
    int s = doc.sentenceOf[m.firstToken()];
    for (int i = m.firstToken() - 1; i >= Math.max(doc.sentenceFirst(s), m.firstToken() - 6); i--) {
      if (doc.key(i).equals("by")) {
        return true; // "shot by a group of terrorists"
      }
      if (DETERMINERS.contains(doc.key(i)) && !doc.key(i - 1).equals("by") && !doc.key(i - 1).equals("of")) {
        break; // "attacked by land and air the guerrillas": the phrase after "by" ended before
      }
      if (!doc.tokens.get(i).isWord() && !doc.key(i).equals("-")) {
        break;
      }
    }
    if (!doc.cues(doc.sentenceFirst(s), phraseStart(doc, m.firstToken(), doc.sentenceFirst(s)),
        c -> c.is("cue", "attrib") || c.is("cue", "suspect")).isEmpty()) {
      return true;
    }
    String next = doc.key(m.endToken());
    // "militants opened fire", "the terrorist attack", "two men placed the explosives"
    return doc.cues.stream().anyMatch(c -> c.value().isTrigger() && c.firstToken() >= m.firstToken()
        && c.firstToken() <= m.endToken() + 1) || next.endsWith("ed") && next.length() > 3 && !next.equals("wounded")
        && !next.equals("killed") && !next.equals("injured") || next.equals("had") || next.equals("have");
  }

  /**
   * Where the noun phrase ending in the people at {@code first} starts: "killed three suspected al
   * Qaeda militants" starts at "three", so its "suspected" describes the dead, not a suspicion.
   */
  private static int phraseStart(Doc doc, int first, int sentenceFirst) {
    int k = first;
    while (k > sentenceFirst && (HarmedGroups.SKIP.contains(doc.key(k - 1)) || within(doc, k - 1))) {
      k--;
    }
    return k;
  }

  /** Whether token {@code i} is part of a group's name or of a number. */
  private static boolean within(Doc doc, int i) {
    int at = doc.tokens.get(i).start();
    int from = Math.max(0, i - 6);
    return doc.groupsIn(from, i + 1).stream().anyMatch(g -> g.span().end() > at)
        || doc.numbersIn(from, i + 1).stream().anyMatch(n -> n.span().end() > at);
  }

  /** Verbs whose object suffered the violence: "security forces killed 11 militants in a raid". */
  private static final Set<String> HARMING = WordSet.of("killed", "killing", "shot", "wounded", "wounding",
      "injured", "injuring", "abducted", "kidnapped", "executed", "beheaded", "captured", "attacked", "ambushed");

  /**
   * The first description before the trigger (the subject), else after it; else, in the next
   * {@link #MAX_LATER} sentences that go on about an incident of the report's news, people who are
   * the subject of a verb of their own ("three heavily armed men forced him into a car").
   */
  static @Nullable Individuals find(Doc doc, Draft d) {
    Individuals own = find(doc, d, d.ranges(doc, false), false);
    if (own != null || d.extensions.isEmpty() || d.background) {
      return own;
    }
    List<int[]> later = new ArrayList<>();
    for (int s : d.extensions) {
      if (d.mentions.stream().anyMatch(m -> s > m.sentence && s - m.sentence <= MAX_LATER)) {
        later.add(new int[] {doc.sentenceFirst(s), doc.sentenceEnd(s)});
      }
    }
    return find(doc, d, later, true);
  }

  /** Sentences after one of the incident's own in which its attackers may still be told of. */
  static final int MAX_LATER = 2;

  /** {@code acting}: only people who are the subject of a verb of their own, plural and not "members". */
  private static @Nullable Individuals find(Doc doc, Draft d, List<int[]> ranges, boolean acting) {
    int head = d.first().head().firstToken();
    for (int[] r : ranges) {
      List<Match<Cue>> perps = new ArrayList<>(doc.cues(r[0], r[1], c -> c.category().equals("perp")));
      perps.sort((a, b) -> Boolean.compare(a.firstToken() > head, b.firstToken() > head));
      for (Match<Cue> m : perps) {
        if (acting && !acts(doc, m) || harmed(doc, m) || qualifiesNoun(doc, m.endToken() - 1) && !modifier(doc, m)) {
          continue; // "at least six persons were killed": who suffered; "the guerrilla movement": no people
        }
        if (!d.arrestFamily() && (m.firstToken() > head ? !agent(doc, m)
            : HARMING.contains(doc.key(phraseStart(doc, m.firstToken(), r[0]) - 1)))) {
          continue; // "pounded rebel positions", "killed 11 militants in a raid": who suffered, not who acted
        }
        String w0 = doc.key(m.endToken() - 1);
        if ((w0.equals("members") || w0.equals("member")) && !doc.key(m.endToken()).equals("of")
            && !groupEndsAt(doc, m.firstToken()) && doc.groupsIn(m.endToken(), m.endToken() + 1).isEmpty()) {
          continue; // "crew members" are not perpetrators
        }
        Span span = trailing(doc, m.endToken(), r[1], Phrases.around(doc, m.firstToken(), m.endToken(), r[0], r[1], false));
        Integer count = null;
        List<NumberPhrase> before = doc.numbersIn(0, m.firstToken());
        for (int i = before.size() - 1; i >= 0 && before.get(i).end() + 1 >= m.firstToken(); i--) {
          NumberPhrase n = before.get(i); // numbers do not overlap: the last ones before end nearest
          if (n.end() == m.firstToken() || n.end() + 1 == m.firstToken() && doc.tokens.get(n.end()).isWord()) {
            count = n.count().value();
            span = new Span(n.span().start(), span.end());
            break;
          }
        }
        String w = doc.key(m.firstToken());
        if (count == null && (w.equals("a") || doc.key(m.firstToken() - 1).equals("a")
            || doc.key(m.firstToken() - 1).equals("an") || doc.key(m.firstToken() - 1).equals("the")
            && !doc.key(m.endToken() - 1).endsWith("s"))) {
          count = 1;
        }
        return new Individuals(doc.words(span), count, span, modifier(doc, m));
      }
    }
    return null;
  }

  /**
   * "three heavily armed men forced him", "an unidentified person stepped out": people, neither
   * members of something nor a word that may qualify a noun, followed by a verb in the past.
   */
  private static boolean acts(Doc doc, Match<Cue> m) {
    String last = doc.key(m.endToken() - 1);
    String next = doc.key(m.endToken());
    return !ADJECTIVAL.contains(last) && !last.equals("members") && !last.equals("member")
        && next.endsWith("ed") && next.length() > 3 && !HARMING.contains(next);
  }

  /** Whether the people are those a casualty figure counts as killed, wounded or taken, not attackers. */
  private static boolean harmed(Doc doc, Match<Cue> m) {
    int s = doc.sentenceOf[m.firstToken()];
    return doc.figures(doc.sentenceFirst(s), doc.sentenceEnd(s)).stream().anyMatch(f -> f.role()
        != CasualtyRules.Role.ARRESTED && !f.perpetrators() && f.span().start() <= m.span().start()
        && m.span().end() <= f.span().end());
  }

  /** Words that open a noun phrase. */
  private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "their", "its", "his", "her");

  /** Singular words for fighters that also qualify a noun: "a terrorist attack", "rebel positions". */
  private static final Set<String> ADJECTIVAL = WordSet.of("terrorist", "guerrilla", "rebel", "militant", "insurgent",
      "subversive", "extremist", "jihadist", "paramilitary");

  /** Nouns of violence a word for fighters can qualify: "a terrorist attack", "the guerrilla offensive". */
  private static final Set<String> ACTS = WordSet.of("attack", "attacks", "act", "acts", "action", "actions",
      "offensive", "raid", "raids", "ambush", "ambushes", "bombing", "bombings", "assault", "assaults", "violence",
      "operation", "operations", "incursion", "incursions", "sabotage", "harassment", "massacre", "kidnapping",
      "kidnappings", "murder", "murders", "killing", "killings", "assassination", "assassinations", "activity",
      "activities", "campaign", "wave", "threat", "threats", "crime", "crimes");

  /**
   * Whether token {@code last}, a singular word for fighters other than "terrorist", qualifies the
   * noun after it ("the guerrilla movement", "the official rebel station", "paramilitary groups"):
   * it names a kind of thing, not people. A band of them is people ("a guerrilla column"), and
   * "a terrorist attack" is blamed on terrorists, as the MUC-4 keys code it.
   */
  static boolean qualifiesNoun(Doc doc, int last) {
    int next = last + 1;
    return ADJECTIVAL.contains(doc.key(last)) && !doc.key(last).equals("terrorist") && next < doc.tokens.size()
        && doc.tokens.get(next).isWord() && !Phrases.isFunctionWord(doc.key(next)) && !BANDS.contains(doc.key(next));
  }

  /** Whether the word for fighters only qualifies the noun of an attack after it ("terrorist attack"). */
  private static boolean modifier(Doc doc, Match<Cue> m) {
    return m.endToken() == m.firstToken() + 1 && ADJECTIVAL.contains(doc.key(m.firstToken()))
        && ACTS.contains(doc.key(m.endToken()));
  }

  /** Nouns of a band that a word for fighters qualifies: "urban guerrilla commandos", "a rebel column". */
  private static final Set<String> BANDS = WordSet.of("commandos", "commando", "column", "columns", "cell", "cells",
      "squad", "squads", "unit", "units", "band", "bands", "members");
  /** Heads whose "of" phrase says whose they are: "members of the 8th front". */
  private static final Set<String> OF_HEADS = WordSet.of("members", "member", "commandos", "commando", "column",
      "columns", "cell", "cells", "squad", "squads", "unit", "units", "band", "bands");

  /**
   * The phrase with the band noun after a singular word for fighters, the "of" phrase after a
   * band unless it names a group or agency, and what the people wore ({@link Attire}).
   */
  private static Span trailing(Doc doc, int end, int to, Span span) {
    int e = end;
    if (e < to && BANDS.contains(doc.key(e)) && !doc.key(e - 1).endsWith("s")) {
      e++;
    }
    int owner = doc.key(e + 1).equals("the") ? e + 2 : e + 1;
    boolean named = doc.coverage.inGroup(owner, owner + 1) || doc.coverage.inAgency(owner, owner + 1);
    if (OF_HEADS.contains(doc.key(e - 1)) && !named) {
      e = RoleCandidates.ofEnd(doc, e, to); // a group named there is the perpetrator itself: "two members" of it
    }
    e = Attire.end(doc, e, to); // "men wearing military uniforms"
    return e > end ? new Span(span.start(), doc.tokens.get(e - 1).end()) : span;
  }

  /** Names do not overlap, so only the last one starting before the token can end there. */
  private static boolean groupEndsAt(Doc doc, int token) {
    List<NamedMention<org.vigil.registry.Group>> before = doc.groupsIn(0, token);
    return !before.isEmpty() && before.get(before.size() - 1).end() == token;
  }
}
