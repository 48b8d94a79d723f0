package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * One person harmed without a number: "a policeman was killed", "shot and killed Stanley Nnaji",
 * "his son died". Each is read as a figure of one, for {@link CasualtyRules} to give its role.
 * Thread-safe.
 */
final class SingularVictims {

  private SingularVictims() {}

  /** "a policeman was killed", "one soldier died": a singular subject counts as one. */
  static List<NumberPhrase> find(Doc doc, int from, int to) {
    List<NumberPhrase> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!doc.facts.singularStart(i)) {
        continue; // most words start no person: known once per report, not once per range
      }
      String k = doc.key(i);
      if (CasualtyWords.PRONOUNS.contains(k) && i - 1 >= from && (CasualtyWords.SHOOTING.contains(doc.key(i - 1))
          && doc.key(i + 1).equals("dead") || doc.key(i - 1).equals("killed") || doc.key(i - 1).equals("killing")
          || CasualtyWords.toDeath(doc, i - 1, i + 1) || CasualtyWords.ARREST.contains(doc.key(i - 1)))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        continue;
      }
      if (!doc.numbersIn(i, i + 1).isEmpty()) {
        continue; // "a dozen" is a number, not one person
      }
      // one person: "a policeman", "the driver", "his son", or a name ("shot and killed Stanley Nnaji")
      boolean subject = SentenceSubjects.name(doc, i, from) || SentenceSubjects.starts(doc, i, from) && !doc.allCaps
          && Persons.nameWord(doc, i) && doc.key(i + 1).equals("and") && pairedWith(doc, i + 2, to);
      boolean afterKilling = afterKilling(doc, i) && i - 1 >= from;
      boolean honorific = HONORIFICS.contains(k) && doc.tokens.get(i).capitalised() && Persons.nameWord(doc, i + 1);
      if (afterKilling && !doc.allCaps && (Persons.nameWord(doc, i) || honorific || titledName(doc, i, to)
          || Persons.nameWord(doc, i, true) && Persons.nameWord(doc, i + 1, true))) {
        // "shot and killed Hafizullah, a judge", "killed traditional leader Prince Sipho Dlamini", "killed Darwin Juagpao"
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        continue;
      }
      // "two were killed and another was injured": "another" stands for one more person
      boolean another = k.equals("another");
      boolean owner = !doc.allCaps && Persons.nameWord(doc, i, true) && possessive(doc, i + 1); // "Bello's brother"
      boolean ofHarm = doc.key(i - 1).equals("of") && Persons.HARM.contains(doc.key(i - 2)) && i - 2 >= from;
      boolean single = SINGLE.contains(k) && (another || ofHarm || !doc.key(i - 1).equals("of")) // not "one member of the agency"
          || owner || name(doc, i) && !doc.key(i - (doc.key(i - 1).equals("the") ? 2 : 1)).equals("of") // a body's name
          || subject;
      if (!single || (k.equals("his") || k.equals("her")) && !doc.numbersIn(i + 1, i + 2).isEmpty()) {
        continue; // "his two bodyguards": the number's ("a 26-year-old man" is one)
      }
      int j = i + 1;
      if (CAPTIVES.contains(doc.key(j))) {
        j++; // "the hostage was then killed": the noun, not the verb "held hostage"
      }
      while (j < to && j - i <= 5 + CasualtyWords.ageWords(doc, i + 1) && (possessive(doc, j) || (doc.tokens.get(j).isWord() || doc.key(j).equals("-")
          || doc.tokens.get(j).kind() == Token.Kind.NUMBER) && !CasualtyWords.AUX.contains(doc.key(j)) && !CasualtyWords.verbAt(doc, j)
          && !CasualtyWords.STOP.contains(doc.key(j)))) {
        j += possessive(doc, j) ? 2 : 1; // "the journalist's son"
      }
      j = bracketTail(doc, j, to);
      if (j == i + 1 && !subject && !another || j > i + 1 && doc.key(j - 1).endsWith("s") && !doc.key(j - 1).endsWith("ss") && !name(doc, i)
          || CasualtyWords.NO_ONE.contains(doc.key(j - 1))) {
        continue; // "an unknown number" is no one person
      }
      j = nounTail(doc, j, to);
      if (doc.key(j).equals("and") && pairedWith(doc, j + 1, to)) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1))); // "the police chief and a bodyguard were killed"
        if (!PAIR_DETERMINERS.contains(doc.key(j + 1)) && doc.numbersIn(j + 1, j + 2).isEmpty()) {
          out.add(new NumberPhrase(j + 1, j + 2, doc.span(j + 1, j + 2), Count.exact(1))); // "his sister and aunt"
        }
        i = j;
        continue;
      }
      String before = doc.key(i - 1);
      boolean andAnother = before.equals("and") && !name(doc, i) && (!out.isEmpty() && i - out.get(out.size() - 1).first() <= 6
          || afterFigure(doc, i - 1, from)); // "killing the driver and his assistant", "three policemen and a passer-by"
      if (i - 1 >= from && (andAnother || ofHarm && someone(doc, i + 1, j)
          || before.equals("dead") && doc.key(i - 2).equals("shot") || HARMING.contains(before)
          || CasualtyWords.ARREST.contains(before) || CasualtyWords.toDeath(doc, i - 1, j))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        continue;
      }
      int k2 = aside(doc, j, to);
      boolean coordinated = doc.key(i - 1).equals("and");
      while (k2 < to && (doc.key(k2).equals("was") || coordinated && doc.key(k2).equals("were")
          || doc.key(k2).equals("also") || doc.key(k2).equals("has")
          || doc.key(k2).equals("been") || doc.key(k2).equals("later") || doc.key(k2).equals("reportedly")
          || doc.key(k2).equals("then"))) {
        k2++;
      }
      k2 = CasualtyWords.shotAnd(doc, k2);
      if (k2 > j && k2 < to && (CasualtyWords.KILL.contains(doc.key(k2)) || CasualtyWords.WOUND.contains(doc.key(k2))
          || CasualtyWords.fatalPhrase(doc, k2))
          || k2 == j && k2 < to && (doc.key(k2).equals("died") || doc.key(k2).equals("blew"))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        i = j - 1; // "the head of the village was killed": one person, not the village as another
      }
    }
    return out;
  }

  /**
   * Whether {@link #find} may read a person at token {@code i} in some range: a token this says
   * no to meets none of its tests, whatever the range.
   */
  static boolean mayStart(Doc doc, int i) {
    String k = doc.key(i);
    if (CasualtyWords.PRONOUNS.contains(k) || SINGLE.contains(k)) {
      return true;
    }
    // a subject's name, name, titledName and a name after a verb of killing all need mixed case
    return !doc.allCaps && (k.equals("he") || k.equals("she") || Persons.nameWord(doc, i)
        || afterKilling(doc, i) || possessive(doc, i + 1) || Persons.TITLES.contains(k) && doc.tokens.get(i).capitalised());
  }

  private static final java.util.Set<String> CAPTIVES = WordSet.of("hostage", "captive");

  /** Verbs of harm before their one victim: "killed a soldier", "wounding the driver", "abducted a priest". */
  private static final java.util.Set<String> HARMING = WordSet.of("killed", "killing", "murdered", "assassinated",
      "wounded", "wounding", "injured", "injuring", "abducted", "abducting", "kidnapped", "kidnapping");

  /** An apostrophe and "s" at {@code i}: the possessive of the word before. */
  static boolean possessive(Doc doc, int i) {
    return (doc.key(i).equals("'") || doc.key(i).equals("\u2019")) && doc.key(i + 1).equals("s");
  }

  /** Burmese honorifics written before a name: "U Nyo Aye", "Daw Khin". */
  private static final java.util.Set<String> HONORIFICS = WordSet.of("u", "daw", "ko", "maung");

  private static final java.util.Set<String> SINGLE = WordSet.of("a", "an", "the", "his", "her", "another");

  /**
   * "killing three policemen and a passer-by": the "and" at {@code and} closes a counted noun
   * phrase of at most three words, so the one person after it is counted beside them.
   */
  private static boolean afterFigure(Doc doc, int and, int from) {
    for (int k = and - 1, reach = and - 3; k >= from && k >= reach; k--) {
      if (doc.key(k).equals("-") && doc.tokens.get(k - 1).end() == doc.tokens.get(k).start()) {
        reach -= 2; // "two passers-by and a policeman": a hyphenated noun is one word
        continue;
      }
      if (!doc.tokens.get(k).isWord() && doc.tokens.get(k).kind() != Token.Kind.NUMBER) {
        return false;
      }
      if (!doc.numbersIn(k, k + 1).isEmpty()) {
        // "three policemen and", not "a death toll of three and" nor a part already counted ("including eight employees and")
        return k < and - 1 && !doc.key(k - 1).equals("including");
      }
    }
    return false;
  }

  /**
   * Past what completes a noun before its verb: a bracketed acronym and the nouns after it ("an
   * Afghan Local Police (ALP) member"), or a short "of" phrase ("the driver of the lorry", "one
   * National Directorate of Security officer"). Where the noun phrase ends; {@code j} when
   * nothing completes it or no verb of harm follows.
   */
  static int nounTail(Doc doc, int j, int to) {
    int k = j;
    for (int step = 0; step < 3 && k < to; step++) {
      int next = k;
      if (doc.key(k).equals("(")) {
        int close = k + 1;
        while (close < to && close <= k + 4 && !doc.key(close).equals(")")) {
          close++;
        }
        next = doc.key(close).equals(")") ? close + 1 : k;
      } else if (doc.key(k).equals("of")) {
        next = k + 1;
        if (SINGLE.contains(doc.key(next)) || doc.key(next).equals("their")) {
          next++; // "the driver of the lorry", "two members of his escort"
        }
      }
      if (next == k) {
        break;
      }
      k = nounWords(doc, next, to, 4);
    }
    int v = k;
    while (v < to && (doc.key(v).equals("was") || doc.key(v).equals("were") || doc.key(v).equals("later")
        || doc.key(v).equals("also"))) {
      v++;
    }
    int verb = CasualtyWords.shotAnd(doc, v);
    return v > k && v < to && (CasualtyWords.verb(verb < to ? doc.key(verb) : "") || CasualtyWords.fatalPhrase(doc, verb))
        ? k : j;
  }

  private static final java.util.Set<String> AFTER_KILLING = WordSet.of("killed", "murdered", "assassinated",
      "beheaded", "executed");

  /** Whether the word before {@code i} ends a verb of killing: "assassinated", "shot dead". */
  private static boolean afterKilling(Doc doc, int i) {
    return AFTER_KILLING.contains(doc.key(i - 1)) || doc.key(i - 1).equals("dead") && doc.key(i - 2).equals("shot");
  }

  /** "former city councilor Richard Paul Jordan": a few lower-case words of office, then a name. */
  private static boolean titledName(Doc doc, int i, int to) {
    for (int m = i; m < to && m <= i + 4; m++) {
      Token t = doc.tokens.get(m);
      if (!t.isWord() || t.key().endsWith("s") && !t.key().endsWith("ss") || CasualtyWords.STOP.contains(t.key())) {
        return false;
      }
      if (name(doc, m)) {
        return m > i;
      }
    }
    return false;
  }

  /** "a National Directorate Services (NDS) member": past a bracketed acronym to the noun it belongs to. */
  private static int bracketTail(Doc doc, int j, int to) {
    if (!doc.key(j).equals("(") || !doc.key(j + 2).equals(")")) {
      return j;
    }
    int k = nounWords(doc, j + 3, to, 3);
    return k > j + 3 ? k : j;
  }

  /** Where at most {@code max} words of a noun phrase from {@code k} end: before a verb, an auxiliary or a joining word. */
  private static int nounWords(Doc doc, int k, int to, int max) {
    int end = k;
    while (end < to && end - k < max && (doc.tokens.get(end).isWord() || doc.key(end).equals("-"))
        && !CasualtyWords.AUX.contains(doc.key(end)) && !CasualtyWords.verbAt(doc, end)
        && !CasualtyWords.STOP.contains(doc.key(end))) {
      end++;
    }
    return end;
  }

  /** "the murder of a journalist", not "the killing of a bill": a word of {@code [from, to)} names people. */
  private static boolean someone(Doc doc, int from, int to) {
    return !doc.cues(from, to, c -> c.category().equals("target")).isEmpty()
        || java.util.stream.IntStream.range(from, to).anyMatch(m -> Persons.TITLES.contains(doc.key(m)));
  }

  /** "... and his driver were killed": one more person after "and", a plural verb of harm, so the one before too. */
  private static boolean pairedWith(Doc doc, int a, int to) {
    boolean bare = a < to && !doc.tokens.get(a).capitalised() && doc.numbersIn(a, a + 1).isEmpty(); // "his sister and aunt"
    int start = PAIR_DETERMINERS.contains(doc.key(a)) ? a + 1 : bare ? a : -1;
    int m = start < 0 ? start : nounWords(doc, start, to, 5);
    if (m == start || !doc.key(m).equals("were") || start == a && !doc.tokens.get(a).isWord()) {
      return false;
    }
    int v = m + 1;
    while (v < to && (doc.key(v).equals("both") || doc.key(v).equals("later") || doc.key(v).equals("also"))) {
      v++;
    }
    v = CasualtyWords.shotAnd(doc, v);
    return v < to && (CasualtyWords.KILL.contains(doc.key(v)) || CasualtyWords.WOUND.contains(doc.key(v)));
  }

  private static final java.util.Set<String> PAIR_DETERMINERS = WordSet.of("a", "an", "the", "his", "her",
      "their", "its");

  /** After a person: an appositive (", the head of the council,") or a bracket ("(Shahin Shah)") to pass over. */
  static int aside(Doc doc, int j, int to) {
    String close = doc.key(j).equals(",") ? "," : doc.key(j).equals("(") ? ")" : null;
    if (close == null) {
      return j;
    }
    for (int k = j + 1; k < to && k <= j + 20; k++) {
      if (doc.key(k).equals(close)) {
        return close.equals(",") && !doc.key(k + 1).equals("was") && !doc.key(k + 1).equals("later") ? j : k + 1;
      }
      if (CasualtyWords.verbAt(doc, k)) {
        return j;
      }
    }
    return j;
  }

  /**
   * The first word of a person's name in mixed-case text: two or more capitalised name words,
   * or a capitalised title and a name ("Sheikh Salah Al-Maliki").
   */
  private static boolean name(Doc doc, int i) {
    boolean title = i < doc.tokens.size() && Persons.TITLES.contains(doc.key(i)) && doc.tokens.get(i).capitalised();
    return !doc.allCaps && (title || Persons.nameWord(doc, i)) && Persons.nameWord(doc, i + 1)
        && (i == 0 || !doc.tokens.get(i - 1).capitalised() || !doc.tokens.get(i - 1).isWord());
  }
}
