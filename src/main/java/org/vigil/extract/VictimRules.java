package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * The victims of an incident: the people its figures count ("six police officers were killed"), or the people
 * attacked that a bare number counts ("attacked villagers, killing 12"), and people named after its trigger or
 * as the subject of a passive of harm. Thread-safe.
 */
final class VictimRules {

  private VictimRules() {}

  /** People named in the incident's clauses after its trigger ("killed the minister, Khalil Haqqani"). */
  static void named(Doc doc, Draft d, List<int[]> clauses, List<Victim> victims, List<Evidence> evidence,
      EvidenceMaker ev) {
    for (EventMention m : d.mentions) {
      int head = m.head().firstToken();
      for (Span p : doc.personsIn(m.first, m.end)) {
        int k = doc.tokenAt(p.start());
        if (Persons.body(doc, k, doc.tokenAt(p.end()))) {
          continue; // "killed three members of the organization UNOC": a body named, no person
        }
        boolean object = k > head && k < m.end && k - head <= 12;
        boolean passive = k >= m.first && k < head && passiveVictim(doc, doc.tokenAt(p.end()), head);
        if (object || passive) {
          List<Span> named = new ArrayList<>(List.of(p));
          named.addAll(listedAfter(doc, doc.tokenAt(p.end()), m.end));
          for (Span n : named) {
            if (victims.stream().noneMatch(v -> v.text().equals(doc.words(n)))) {
              victims.add(new Victim(doc.words(n), 1, true));
              evidence.add(ev.of("victims", n));
            }
          }
        }
      }
    }
  }

  /**
   * The names listed after a named victim, from token {@code k} up to {@code end}: "the priests
   * Ignacio Ellacuria, Segundo Montes and Amando Lopez". Each is two to {@link
   * PersonCandidates#MAX_NAME_WORDS} name words after a comma or "and"; the list ends at anything else.
   */
  static List<Span> listedAfter(Doc doc, int k, int end) {
    List<Span> out = new ArrayList<>();
    int i = k;
    while (i < end && (doc.key(i).equals(",") || doc.key(i).equals("and"))) {
      int j = i + 1;
      if (doc.key(i).equals(",") && doc.key(j).equals("and")) {
        j++;
      }
      int first = j;
      while (j < end && j - first < PersonCandidates.MAX_NAME_WORDS && Persons.nameWord(doc, j, true)) {
        j++;
      }
      if (j - first < 2 || !LIST_ENDS.contains(doc.key(j)) || Persons.body(doc, first, j)) {
        break; // "Ignacio Ellacuria, rector of ...", "..., Kabul police said"
      }
      out.add(doc.span(first, j));
      i = j;
    }
    return out;
  }

  /** What may follow a name in a list of names. */
  private static final Set<String> LIST_ENDS = Set.of(",", "and", ";", ")", ".", "were", "had", "have");

  /** "Roberto Garcia Alvarado was killed": the name is the subject of a passive of harm. */
  private static boolean passiveVictim(Doc doc, int after, int head) {
    for (int i = after; i <= head && i < after + 4; i++) {
      String k = doc.key(i);
      if (k.equals("was") || k.equals("were") || k.equals("had") || k.equals("been")) {
        return true;
      }
    }
    return false;
  }

  /** The people the figures count ("two policemen"), each with the figure's words as its evidence. */
  static List<Victim> counted(Doc doc, List<CasualtyRules.Figure> figures, boolean militantsToo, List<Evidence> evidence,
      EvidenceMaker ev) {
    List<Victim> out = new ArrayList<>();
    for (CasualtyRules.Figure f : figures) {
      if ((f.role() == CasualtyRules.Role.KILLED || f.role() == CasualtyRules.Role.WOUNDED
          || f.role() == CasualtyRules.Role.KIDNAPPED) && (militantsToo || !f.perpetrators()) && !f.toll() && !f.noun().isEmpty()) {
        Span people = ofFamily(doc, f.span());
        out.add(new Victim(doc.words(people), f.count().value(), f.count().value() == 1 && name(doc, f.span())));
        evidence.add(ev.of("victims", people));
      } else if ((f.role() == CasualtyRules.Role.KILLED || f.role() == CasualtyRules.Role.WOUNDED) && !f.perpetrators()
          && !f.toll() && f.noun().isEmpty() && !doc.numbersIn(doc.tokenAt(f.span().start()), doc.tokenAt(f.span().end())).isEmpty()) {
        Span people = attacked(doc, f, evidence);
        Victim seen = people == null ? null : out.stream().filter(v -> v.text().equals(doc.words(people))).findFirst()
            .orElse(null);
        if (seen != null && seen.count() != null) { // "killing two and wounding five": seven of them harmed
          out.set(out.indexOf(seen), new Victim(seen.text(), seen.count() + f.count().value(), false));
        } else if (people != null && seen == null) {
          out.add(new Victim(doc.words(people), f.count().value(), false));
          evidence.add(ev.of("victims", people));
        }
      }
    }
    return out;
  }

  /** Words for people counted as part of a family. */
  private static final Set<String> KIN = WordSet.of("members", "member", "relatives", "relative");
  /** Words that close a family named after its members. */
  private static final Set<String> FAMILIES = WordSet.of("family", "families", "household", "households", "clan");
  /** Words a family's name may have between "of" and its noun: "of the same family", "of one Hazara family". */
  private static final int MAX_FAMILY_WORDS = 4;

  /**
   * "11 members of a family", "eight members of the same family": the people a figure counts with
   * the family they belong to (the figure's words stop at "members"); else the figure's words.
   */
  static Span ofFamily(Doc doc, Span people) {
    int end = doc.tokenAt(people.end());
    if (!KIN.contains(doc.key(end - 1)) || !doc.key(end).equals("of")) {
      return people;
    }
    for (int k = end + 1; k <= end + MAX_FAMILY_WORDS && k < doc.tokens.size() && doc.tokens.get(k).isWord(); k++) {
      if (FAMILIES.contains(doc.key(k))) {
        return new Span(people.start(), doc.tokens.get(k).end());
      }
    }
    return people;
  }

  /**
   * Words before the people an attack was aimed at: "attacked villagers", "opened fire on worshippers", "a minibus
   * carrying wedding guests".
   */
  private static final Set<String> AIMING = WordSet.of("attacked", "raided", "stormed", "targeted", "targeting",
      "ambushed", "assaulted", "on", "at", "against", "carrying");

  /**
   * Whether the people of tokens {@code [a, b)} are what the attack was aimed at: after a verb of attack or its
   * preposition, or before "were attacked" ("Farmers were attacked"); not people named inside another phrase ("the
   * office of a committee of relatives of murdered people").
   */
  private static boolean aimedAt(Doc doc, int a, int b) {
    int before = a - 1;
    while (before > a - 3 && before > 0 && (doc.key(before).equals("the") || doc.key(before).equals("a"))) {
      before--;
    }
    boolean passive = (doc.key(b).equals("were") || doc.key(b).equals("was")) && AIMING.contains(doc.key(b + 1));
    return AIMING.contains(doc.key(before)) || passive;
  }

  /** Nouns of things attacked that hold or carry people but are none: "a flat", "their hideout", "a minibus". */
  private static final Set<String> THINGS = WordSet.of("house", "houses", "home", "homes", "flat", "flats",
      "apartment", "apartments", "hideout", "hideouts", "office", "offices", "headquarters", "residence", "car", "cars",
      "vehicle", "vehicles", "bus", "buses", "minibus", "truck", "trucks", "lorry", "convoy", "train", "tower", "towers");

  /** Whether a word of a target names a place or a thing, never people harmed (see {@link PlaceWords#SITE_NOUNS}). */
  static boolean thing(String last) {
    return THINGS.contains(last) || PlaceWords.SITE_NOUNS.contains(last);
  }

  /** Nouns of people, as the last word of a target: those a bare number counts may be they. */
  private static final Set<String> PEOPLE = WordSet.of("people", "civilians", "villagers", "residents", "farmers",
      "herders", "worshippers", "worshipers", "pilgrims", "students", "pupils", "passengers", "passers-by", "passersby",
      "bystanders", "shoppers", "traders", "workers", "officers", "policemen", "soldiers", "troops", "guards",
      "fishermen", "miners", "mourners", "protesters", "demonstrators", "guests", "patients", "children", "women", "men",
      "labourers", "laborers", "commuters", "travellers", "travelers", "pedestrians", "customers", "teachers",
      "nurses", "doctors", "journalists", "displaced");

  /**
   * "attacked passers-by in Mulhouse, killing one", "Farmers were attacked by herders, leaving 14 dead": a number
   * that counts no noun of its own counts the people attacked before it in its sentence, the target of the
   * incident whose last word names people; null when there is none.
   */
  private static @Nullable Span attacked(Doc doc, CasualtyRules.Figure f, List<Evidence> evidence) {
    int first = doc.tokenAt(f.span().start());
    Span best = null;
    for (Evidence e : evidence) {
      if (!e.field().equals("targets") || e.end() > f.span().start() || e.end() <= e.start() || evidence.stream()
          .anyMatch(v -> v.field().equals("victims") && v.start() < e.end() && e.start() < v.end()
          && (v.start() != e.start() || v.end() != e.end()))) {
        continue; // "killed three people and injured more than 260": the people a figure counted already
      }
      int a = doc.tokenAt(e.start());
      int b = doc.tokenAt(e.end());
      String last = doc.key(b - 1).equals("by") && doc.key(b - 2).equals("-") ? doc.key(b - 3) + "-by" : doc.key(b - 1);
      if (doc.sentenceOf[a] == doc.sentenceOf[first] && PEOPLE.contains(last) && aimedAt(doc, a, b)
          && (best == null || e.start() > best.start())) {
        best = doc.span(a, b);
      }
    }
    return best;
  }

  /** "killed Ramesh Kumar": a figure of one that is all words of a name (mixed case) names its victim. */
  private static boolean name(Doc doc, org.vigil.text.Span span) {
    int first = doc.tokenAt(span.start());
    int end = doc.tokenAt(span.end());
    if (doc.allCaps || Persons.body(doc, first, end)) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (!doc.key(i).equals("-") && !Persons.nameWord(doc, i, true)) {
        return false;
      }
    }
    return end - first >= 2;
  }
}
