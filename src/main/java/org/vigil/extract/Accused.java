package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.registry.Agency;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * People accused, charged, arrested or tried for an attack are its perpetrators: "three sergeants
 * are being charged with the murder of the teachers", "the arrest of 12 soldiers and 3 officers for
 * killing the teachers", "Colonel Juan Perez was accused of masterminding the massacre". The
 * attack's trigger follows the charge's link word ("of", "for", "with", "in"), with nothing between
 * but words that lead to the act ("masterminding", "having participated in", "the"); the people
 * are the charge's object ("arrested two soldiers for", "the arrest of ... for") or, when the
 * charge has none, its subject ("... were accused of"). Each element of a list ("one major, three
 * sergeants and five soldiers") is one perpetrator; an element naming an institution ("members of
 * the army") names it as the state force. The arrest itself stays an arrest. Stateless.
 */
final class Accused {

  /** A perpetrator read from a charge, with the words it was read from. */
  record Found(Perpetrator perpetrator, Span span) {}

  /** Words of a charge, an arrest or a trial, verbs and nouns. */
  private static final Set<String> CHARGES = WordSet.of("accused", "accuse", "accuses", "accusing", "charged",
      "charges", "arrested", "arrest", "arrests", "detained", "implicated", "tried", "trial", "convicted",
      "indicted", "sentenced", "suspected", "prosecuted", "prosecute", "punished", "punish");
  /** Words that link the charge to the act. */
  private static final Set<String> LINKS = WordSet.of("of", "for", "with", "in");
  /** Words that may stand between the link and the act: "of masterminding the", "for having taken part in". */
  private static final Set<String> LEADS = WordSet.of("the", "a", "an", "masterminding", "mastermind",
      "masterminds", "ordering", "ordered", "organizing", "planning", "having", "being", "participating",
      "participated", "participation", "involvement", "involved", "taking", "taken", "part", "committing",
      "perpetrating", "carrying", "out", "alleged", "their", "his", "her", "connection", "responsibility");
  /** Words between a passive charge and its subject: "were being", "who has been", ",". */
  private static final Set<String> AUXILIARIES = WordSet.of("was", "were", "is", "are", "been", "being", "be",
      "has", "have", "had", "who", "on", "also", "later", "formally", "now", "today", "yesterday", ",");
  /** Nouns for people who may be charged; the lexicon's words for perpetrators count too. */
  private static final Set<String> PEOPLE = WordSet.of("soldiers", "soldier", "officers", "officer", "colonel",
      "colonels", "lieutenant", "lieutenants", "sergeant", "sergeants", "corporal", "corporals", "captain",
      "captains", "major", "majors", "agents", "agent", "guards", "guardsmen", "policemen", "policeman",
      "students", "student", "men", "man", "women", "woman", "persons", "people", "individuals", "members",
      "troops", "detectives", "civilians", "peasants", "workers", "brothers");
  /** Institutions that make the people who belong to them state forces: "members of the army". */
  private static final Set<String> INSTITUTIONS = WordSet.of("army", "military", "police", "forces", "guard");
  /** Words the people charged may take between the charge and its link ("implicated four officers, ... in"). */
  private static final int MAX_OBJECT = 20;
  /** Elements a list of accused people holds at most. */
  private static final int MAX_ELEMENTS = 6;

  private Accused() {}

  /** The people charged with one of the draft's acts, in text order; empty when no act of it is a charge's. */
  static List<Found> find(Doc doc, Draft d) {
    for (EventMention m : d.mentions) {
      if (m.arrestFamily()) {
        continue;
      }
      for (Match<Cue> t : m.triggers()) {
        List<Found> out = charged(doc, doc.sentenceFirst(m.sentence), t.firstToken());
        out = out.isEmpty() ? OrderedActs.givers(doc, doc.sentenceFirst(m.sentence), t.firstToken()) : out;
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
  }

  /**
   * The act an arrest or a charge was made for, told in the arrest's own clause ("the arrest of 12
   * soldiers and 3 officers for killing 4 teachers on 2 March"): an incident of its own with the
   * people charged as its perpetrators and the arrest's victims, toll, date and place; the arrest
   * stays as it is. Empty when the arrest names no act with people charged for it, or its words
   * give the act no victim or toll.
   */
  static java.util.Optional<Incident> actOf(Doc doc, Draft d, Incident arrest, EvidenceMaker ev) {
    if (!d.arrestFamily() || arrest.type() != IncidentType.ARREST
        || arrest.victims().isEmpty() && arrest.casualties().killed() == null) {
      return java.util.Optional.empty();
    }
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        IncidentType type = Clauses.typeOf(t.value());
        if (type == IncidentType.ARREST || type == IncidentType.FOILED_PLOT || !HARM.contains(doc.key(t.firstToken()))) {
          continue;
        }
        List<Found> people = charged(doc, doc.sentenceFirst(m.sentence), t.firstToken());
        if (!people.isEmpty()) {
          List<Evidence> evidence = new ArrayList<>(arrest.evidence().stream()
              .filter(e -> !e.field().equals("type") && !e.field().equals("agencies")).toList());
          evidence.add(ev.of("type", t.span()));
          people.forEach(f -> evidence.add(ev.of("perpetrators", f.span())));
          IncidentType kind = type == IncidentType.ASSASSINATION || type == IncidentType.KIDNAPPING
              || type == IncidentType.BOMBING ? type : IncidentType.ARMED_ASSAULT;
          return java.util.Optional.of(new Incident(kind, Status.ACCOMPLISHED, true, arrest.date(), arrest.location(),
              people.stream().map(Found::perpetrator).toList(), Claim.UNKNOWN, List.of(), arrest.targets(),
              arrest.victims(), arrest.weapons(), new Casualties(arrest.casualties().killed(),
              arrest.casualties().wounded(), null, null, arrest.casualties().kidnapped()), arrest.confidence(), evidence));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Words of the acts a charge is made for. */
  private static final Set<String> HARM = WordSet.of("killing", "killings", "killed", "murder", "murders",
      "murdered", "murdering", "massacre", "massacred", "assassination", "assassinated", "assassinating",
      "kidnapping", "kidnapped", "bombing", "attack", "attacks", "death", "deaths");

  private static List<Found> charged(Doc doc, int sentenceFirst, int trigger) {
    return charged(doc, sentenceFirst, trigger, true);
  }

  /**
   * The people charged with the act whose trigger starts at {@code trigger}; when {@code again}, a
   * charge that is itself the object of another ("on charges of being implicated in") is read
   * through to the first.
   */
  private static List<Found> charged(Doc doc, int sentenceFirst, int trigger, boolean again) {
    int k = trigger - 1;
    int link = -1;
    while (k >= sentenceFirst && trigger - k <= 6 && (LEADS.contains(doc.key(k)) || LINKS.contains(doc.key(k)))) {
      if (LINKS.contains(doc.key(k))) {
        link = k;
      }
      k--;
    }
    if (link < 0 || k < sentenceFirst) {
      return List.of();
    }
    if (CHARGES.contains(doc.key(k))) { // "... were accused of": the subject before the charge
      int s = k - 1;
      while (s >= sentenceFirst && AUXILIARIES.contains(doc.key(s))) {
        s--;
      }
      if (again && s >= sentenceFirst && LINKS.contains(doc.key(s))) {
        return charged(doc, sentenceFirst, k, false); // "on charges of being implicated in the murder"
      }
      return s < k - 1 || doc.key(k).endsWith("ed") ? elements(doc, sentenceFirst, s + 1) : List.of();
    }
    for (int v = k - 1; v >= sentenceFirst && k - v <= MAX_OBJECT; v--) { // "arrested two soldiers for", "arrest of ... for"
      if (CHARGES.contains(doc.key(v))) {
        int from = doc.key(v + 1).equals("of") ? v + 2 : v + 1;
        return elements(doc, from, link);
      }
      if (CasualtyWords.verbAt(doc, v)) {
        break; // "suspected militants killed 20 civilians in an attack": the people harmed are no object of a charge
      }
      if (!doc.tokens.get(v).isWord() && !doc.key(v).equals(",")
          && doc.tokens.get(v).kind() != org.vigil.text.Token.Kind.NUMBER) {
        break;
      }
    }
    return List.of();
  }

  /** The people listed in tokens {@code [from, end)}, read back from its end, in text order. */
  static List<Found> elements(Doc doc, int from, int end) {
    List<Found> out = new ArrayList<>();
    int e = end;
    while (e > from && out.size() < MAX_ELEMENTS) {
      int start = element(doc, from, e);
      if (start < 0) {
        break;
      }
      out.add(0, found(doc, start, e));
      e = start;
      if (e > from && doc.key(e - 1).equals("and")) {
        e--;
      }
      if (e > from && doc.key(e - 1).equals(",")) {
        e--;
      }
      if (e > from && doc.key(e - 1).equals("including")) { // "eight members of the army, including four officers"
        e--;
        if (e > from && doc.key(e - 1).equals(",")) {
          e--;
        }
      }
      if (e == start) {
        break;
      }
    }
    return out;
  }

  /** Where the element ending before token {@code end} starts, or -1 when no people end there. */
  private static int element(Doc doc, int from, int end) {
    int last = end - 1;
    for (Span p : doc.personsIn(from, end)) {
      if (doc.tokenAt(p.end()) == end) {
        int start = doc.tokenAt(p.start());
        while (start > from && Persons.TITLES.contains(doc.key(start - 1))) {
          start--; // "Colonel Juan Perez"
        }
        return start;
      }
    }
    int head = last;
    if (INSTITUTIONS.contains(doc.key(last)) || !doc.agenciesIn(last, end).isEmpty()) {
      int of = last - 1; // "members of the (Salvadoran) army"
      while (of > from && !doc.key(of).equals("of") && last - of <= 4) {
        of--;
      }
      head = doc.key(of).equals("of") ? of - 1 : -1;
    }
    final int h = head;
    boolean counted = head > from && doc.numbersIn(from, head).stream().anyMatch(n -> n.end() == h)
        && doc.tokens.get(head).isWord() && !Phrases.isFunctionWord(doc.key(head)); // "two subsergeants"
    if (head < from || !counted && !people(doc, head)) {
      return -1;
    }
    int start = head;
    for (NumberPhrase n : doc.numbersIn(from, head)) {
      if (n.end() == head || n.end() == head - 1 && doc.tokens.get(head - 1).isWord()) { // "two second lieutenants"
        start = n.first();
      }
    }
    if (start == head && start > from && (doc.key(start - 1).equals("military") || doc.key(start - 1).equals("army"))) {
      start--; // "military men"
    }
    return start;
  }

  private static boolean people(Doc doc, int token) {
    return PEOPLE.contains(doc.key(token)) || doc.cues(token, token + 1, c -> c.category().equals("perp")).size() > 0;
  }

  private static Found found(Doc doc, int start, int end) {
    Span span = doc.span(start, end);
    String words = doc.words(span);
    Integer count = null;
    for (NumberPhrase n : doc.numbersIn(start, end)) {
      if (n.first() == start) {
        count = n.count().value();
      }
    }
    AgencyRef agency = null;
    for (NamedMention<Agency> a : doc.agenciesIn(start, end)) {
      Agency entry = a.entry();
      agency = new AgencyRef(a.name(), doc.words(a.span()), entry == null ? null : entry.countryCode());
    }
    int last = end - 1;
    if (agency == null && INSTITUTIONS.contains(doc.key(last))) {
      Span named = doc.cues(start, end, c -> c.category().equals("agency")).stream().map(Match::span)
          .filter(c -> c.end() == span.end()).findFirst().orElse(doc.span(last, end)); // "the armed forces"
      String w = doc.words(named);
      agency = new AgencyRef(w.toLowerCase(Locale.ROOT), w, null);
    }
    return new Found(new Perpetrator(null, agency == null ? words : agency.mention(), words, count, agency), span);
  }
}
