package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Token;

/**
 * The candidate fillers of an incident's roles in a range of tokens: registry and recognised
 * groups, agencies and forces, people described ("URBAN GUERRILLAS", "MEMBERS OF THE ELN"),
 * people named (after a title or a word of harm, or as capitalised names), things attacked,
 * weapons and the people a casualty figure counts. Each head comes in the variants of its phrase
 * that the text allows; which candidate fills which role is for the scorers. Thread-safe.
 */
final class RoleCandidates {

  /** Most modifier words taken before a head. */
  static final int MAX_MODIFIERS = 4;
  /** Most words of an "of" phrase after a head ("MEMBERS OF THE SALVADORAN ARMY"). */
  static final int MAX_OF_WORDS = 6;

  private static final Set<String> HARM_VERBS = org.vigil.text.WordSet.of("killed", "murdered", "assassinated", "kidnapped",
      "abducted", "shot", "wounded", "injured", "attacked", "killing", "murdering", "kidnapping");

  private RoleCandidates() {}

  /** The candidates whose phrases lie in tokens {@code [from, to)}, in text order. */
  static List<RoleCandidate> find(Doc doc, int fromToken, int to) {
    int from = Math.max(fromToken, doc.headerEnd); // the dateline and the header's labels name the source
    List<RoleCandidate> out = new ArrayList<>();
    for (NamedMention<Group> g : doc.groups) {
      if (g.first() >= from && g.end() <= to) {
        out.add(new RoleCandidate(RoleCandidate.Kind.GROUP, g.first(), g.end(), g.end() - 1, g.name(), "name", g.span()));
      }
    }
    for (NamedMention<Agency> a : doc.agencies) {
      if (a.first() >= from && a.end() <= to) {
        phrases(doc, RoleCandidate.Kind.AGENCY, a.first(), a.end(), a.name(), from, to, out);
      }
    }
    for (Match<Cue> c : doc.cues(from, to, c -> !c.label().equals("judicial") && c.category().equals("agency")
        || c.category().equals("force") || c.category().equals("perp") || c.category().equals("target")
        || c.category().equals("weapon"))) {
      if (StateForces.insideGroup(doc, c.span()) || doc.coverage.inAgency(c.firstToken(), c.endToken())
          || NotTargets.shore(doc, c)
          || c.value().category().equals("weapon") && (WeaponModifiers.qualifiesOther(doc, c)
          || WeaponModifiers.verb(doc, c))) {
        continue;
      }
      RoleCandidate.Kind kind = switch (c.value().category()) {
        case "agency" -> RoleCandidate.Kind.AGENCY;
        case "force" -> RoleCandidate.Kind.FORCE;
        case "perp" -> RoleCandidate.Kind.PERP;
        case "target" -> RoleCandidate.Kind.TARGET;
        default -> RoleCandidate.Kind.WEAPON;
      };
      phrases(doc, kind, c.firstToken(), c.endToken(), c.value().label(), from, to, out);
    }
    PersonCandidates.add(doc, from, to, out);
    objects(doc, from, to, out);
    for (CasualtyRules.Figure f : doc.figures(from, to)) {
      int first = doc.tokenAt(f.span().start());
      int end = doc.tokenAt(f.span().end());
      if (f.role() != CasualtyRules.Role.ARRESTED && end > first && !f.noun().isEmpty()) {
        String role = f.role().name().toLowerCase(java.util.Locale.ROOT);
        out.add(new RoleCandidate(RoleCandidate.Kind.FIGURE, first, end, end - 1, role, "num", f.span()));
        int noun = nounStart(doc, first, end);
        if (noun > first && noun < end) {
          out.add(new RoleCandidate(RoleCandidate.Kind.FIGURE, noun, end, end - 1, role, "np", doc.span(noun, end)));
        }
      }
    }
    out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(a.end(), b.end()));
    return dedupe(out);
  }

  /**
   * What a violent verb or a preposition of aim is done to, when the lexicon names no target there:
   * "DYNAMITED THE ELECTRICITY SYSTEM", "AN ATTACK AGAINST THE TRUCK OWNED BY ...".
   */
  private static void objects(Doc doc, int from, int to, List<RoleCandidate> out) {
    for (int i = from; i < to; i++) {
      boolean after = AIMS.contains(doc.key(i)) || trigger(doc, i) && !trigger(doc, i + 1);
      if (!after) {
        continue;
      }
      int k = i + 1;
      while (k < to && DETERMINERS.contains(doc.key(k))) {
        k++;
      }
      int j = k;
      while (j < to && j - k < MAX_MODIFIERS + 1 && modifier(doc, j) && !doc.key(j).equals("'")) {
        j++;
      }
      if (j > k) {
        out.add(candidate(doc, RoleCandidate.Kind.THING, k, j, j - 1, "thing", "np"));
        int of = ofEnd(doc, j, to);
        if (of > j) {
          out.add(candidate(doc, RoleCandidate.Kind.THING, k, of, j - 1, "thing", "of"));
        }
      }
    }
  }

  private static final Set<String> AIMS = org.vigil.text.WordSet.of("against", "on", "at", "targeting", "targeted", "dynamited",
      "destroyed", "damaged", "burned", "hit", "struck");
  private static final Set<String> DETERMINERS = org.vigil.text.WordSet.of("the", "a", "an", "its", "his", "her", "their", "several",
      "some", "two", "three", "four", "five");

  /** The head alone, with its modifiers, with a number before it and with an "of" phrase after it. */
  private static void phrases(Doc doc, RoleCandidate.Kind kind, int first, int end, String label, int from, int to,
      List<RoleCandidate> out) {
    int head = end - 1;
    out.add(candidate(doc, kind, first, end, head, label, "head"));
    int np = modifiersStart(doc, first, from);
    if (np < first) {
      out.add(candidate(doc, kind, np, end, head, label, "np"));
    }
    int num = numberStart(doc, np, from);
    if (num < np) {
      out.add(candidate(doc, kind, num, end, head, label, "num"));
    }
    int of = ofEnd(doc, end, to);
    if (of > end) {
      out.add(candidate(doc, kind, first, of, head, label, "of"));
      if (np < first) {
        out.add(candidate(doc, kind, np, of, head, label, "of"));
      }
      if (num < np) {
        out.add(candidate(doc, kind, num, of, head, label, "numof")); // "EIGHT MEMBERS OF THE ARMY"
      }
    }
    int nouns = end;
    while (nouns < to && nouns - end < 2 && modifier(doc, nouns) && !doc.key(nouns).equals("'")
        && !doc.key(nouns).endsWith("ing") && !doc.tokens.get(nouns).capitalised() == !doc.tokens.get(end - 1).capitalised()) {
      nouns++;
    }
    if (nouns > end) {
      out.add(candidate(doc, kind, np, nouns, nouns - 1, label, "compound")); // "DYNAMITE STICKS"
      if (num < np) {
        out.add(candidate(doc, kind, num, nouns, nouns - 1, label, "numcompound")); // "TWO DYNAMITE STICKS"
      }
    }
    // "CHARGE OF DYNAMITE", "A GROUP OF SIX URBAN GUERRILLAS": a noun of quantity or kind before "of"
    int before = numberStart(doc, np, from);
    if (before - 2 >= from && doc.key(before - 1).equals("of") && doc.tokens.get(before - 2).isWord()
        && !Phrases.isFunctionWord(doc.key(before - 2))) {
      out.add(candidate(doc, kind, before - 2, end, head, label, "ofhead"));
      int amount = numberStart(doc, before - 2, from);
      if (amount < before - 2) {
        out.add(candidate(doc, kind, amount, end, head, label, "numofhead")); // "5 KG OF DYNAMITE"
      }
    }
    if (np - 1 >= from && QUANTIFIERS.contains(doc.key(np - 1))) {
      out.add(candidate(doc, kind, np - 1, end, head, label, "quant")); // "SEVERAL MEN"
    }
  }

  private static final Set<String> QUANTIFIERS = org.vigil.text.WordSet.of("several", "some", "many", "other", "both", "all", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private static RoleCandidate candidate(Doc doc, RoleCandidate.Kind kind, int first, int end, int head, String label,
      String variant) {
    return new RoleCandidate(kind, first, end, head, label, variant, doc.span(first, end));
  }

  /** Where the modifiers before a head start: words that are no function word, verb or number. */
  static int modifiersStart(Doc doc, int first, int from) {
    int a = first;
    while (a - 1 >= from && first - (a - 1) <= MAX_MODIFIERS && modifier(doc, a - 1)) {
      a--;
    }
    return Phrases.cleanStart(doc, a, first);
  }

  private static boolean modifier(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    boolean hyphen = Phrases.joiningHyphen(doc, i);
    boolean possessive = t.key().equals("s") && i > 0 && doc.key(i - 1).equals("'");
    if (possessive || t.key().equals("'") && doc.key(i + 1).equals("s")) {
      return true; // "THE MAYOR'S CAR"
    }
    if (!t.isWord() && !hyphen) {
      return false;
    }
    String k = t.key();
    // a name's own words ("The Hague"), not the preposition a place phrase was read with ("near Hebron")
    boolean named = (doc.coverage.inGroup(i, i + 1) || doc.coverage.inPlace(i))
        && (!Phrases.isFunctionWord(k) || t.capitalised() && !doc.allCaps);
    return named || !Phrases.isFunctionWord(k) && CasualtyWords.roleAt(doc, i) == null
        && !(k.endsWith("ly") && k.length() > 4 && !Phrases.describes(doc, i + 1))
        && !trigger(doc, i) && !(k.endsWith("ed") && k.length() > 4 && !Phrases.adjective(doc, i))
        && !REPORTING.contains(k) && !Phrases.neverModifier(doc, i) && !doc.coverage.inNumber(i);
  }

  private static final Set<String> REPORTING = org.vigil.text.WordSet.of("said", "says", "told", "reported", "according", "today",
      "yesterday", "tonight", "when", "where", "after", "before");

  private static boolean trigger(Doc doc, int i) {
    return doc.coverage.inTrigger(i);
  }

  /** "150 SHINING PATH MEMBERS", "TWO BOMBS": a number right before the phrase. */
  private static int numberStart(Doc doc, int first, int from) {
    NumberPhrase n = doc.coverage.numberEndingAt(first);
    return n != null && n.first() >= from ? n.first() : first;
  }

  /** The end of an "of" phrase after the head ("MEMBERS OF THE CAMILIST UNION"), or {@code end}. */
  static int ofEnd(Doc doc, int end, int to) {
    if (!doc.key(end).equals("of")) {
      return end;
    }
    int k = end + 1;
    if (doc.key(k).equals("the") || doc.key(k).equals("a") || doc.key(k).equals("an")) {
      k++;
    }
    final int start = k;
    for (NamedMention<?> g : doc.groups) {
      if (g.first() == start && g.end() <= to) {
        return g.end();
      }
    }
    for (NamedMention<?> g : doc.agencies) {
      if (g.first() == start && g.end() <= to) {
        return g.end();
      }
    }
    int j = k;
    while (j < to && j - k < MAX_OF_WORDS && modifier(doc, j)) {
      j++;
    }
    return j > k ? j : end;
  }

  /** The first token of a figure's noun phrase after its number and function words ("TWO OF THE PEASANTS"). */
  private static int nounStart(Doc doc, int first, int end) {
    int k = first;
    while (k < end && (inNumber(doc, k) || Phrases.isFunctionWord(doc.key(k)))) {
      k++;
    }
    return k;
  }

  private static boolean inNumber(Doc doc, int k) {
    return doc.coverage.inNumber(k);
  }

  /**
   * One candidate per phrase: of the kinds the rules found it to be, the most specific (a group
   * before an agency, a person, people described, a weapon, a target, a figure, a thing) is its
   * kind, and it keeps the others.
   */
  private static List<RoleCandidate> dedupe(List<RoleCandidate> all) {
    java.util.Map<Long, RoleCandidate> byPhrase = new java.util.LinkedHashMap<>();
    for (RoleCandidate c : all) {
      // Long hashes first ^ end, the same for every phrase of one length at even starts: mix end
      long key = (long) c.first() << 32 | (c.end() * 0x9E3779B9L & 0xFFFFFFFFL);
      RoleCandidate o = byPhrase.get(key);
      if (o == null) {
        byPhrase.put(key, c);
      } else {
        byPhrase.put(key, c.kind().ordinal() < o.kind().ordinal() ? c.with(o) : o.with(c));
      }
    }
    return new ArrayList<>(byPhrase.values());
  }
}
