package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Reads casualty figures for one incident from the words around its numbers: "killing at least
 * 12", "six officers and eight assailants were killed", "the death toll rose to 30", "no one
 * was hurt". Within a sentence coordinated figures add up; across sentences a restatement
 * does not add (the larger figure stands) unless marked as more ("another", "also"); a death
 * toll replaces what came before (see {@link TollUpdates}); a report that only tells of more
 * deaths than before gives them as {@code killedAdded}. Perpetrators who died count in
 * {@code killed}, following the Global Terrorism Database. Thread-safe.
 */
final class CasualtyRules {

  enum Role { KILLED, WOUNDED, ARRESTED, KIDNAPPED }

  /**
   * One figure read from the text.
   *
   * @param additive adds to the other figures of the report ("another", "also")
   * @param toll a death toll, the total so far
   * @param increase more than an earlier report's toll ("three more bodies", "a wounded man died")
   * @param ofOwnWounded deaths among the wounded this report counts itself ("a soldier was wounded
   *     and later died"): they are killed, and no longer among the wounded
   */
  record Figure(Role role, Count count, boolean perpetrators, boolean perpetratorsOnly, int sentence,
      Span span, String noun, boolean additive, boolean toll, boolean increase, boolean ofOwnWounded) {

    Figure(Role role, Count count, boolean perpetrators, boolean perpetratorsOnly, int sentence,
        Span span, String noun, boolean additive, boolean toll, boolean increase) {
      this(role, count, perpetrators, perpetratorsOnly, sentence, span, noun, additive, toll, increase, false);
    }

    Figure withCount(Count c) {
      return new Figure(role, c, perpetrators, perpetratorsOnly, sentence, span, noun, additive, toll, increase, ofOwnWounded);
    }
  }

  private static final Set<String> POSSESSIVES = WordSet.of("the", "them", "those", "his", "her", "their", "its", "our");

  private CasualtyRules() {}

  /** How one number was read: its role, the noun after it and where that noun phrase ends. */
  private record Reading(@Nullable Role role, String noun, int nounEnd, int verb) {}

  static List<Figure> figures(Doc doc, int from, int to) {
    List<TollUpdates.Death> deaths = TollUpdates.ofWounded(doc, from, to);
    List<NumberPhrase> nums = new ArrayList<>();
    for (NumberPhrase n : doc.numbersIn(from, to)) {
      if (n.end() <= to && !isDateNumber(doc, n) && deaths.stream().noneMatch(d -> d.number() == n)) {
        nums.add(n);
      }
    }
    nums.addAll(SingularVictims.find(doc, from, to));
    nums = CollectiveVictims.without(nums, CollectiveVictims.find(doc, from, to));
    nums.sort((a, b) -> Integer.compare(a.first(), b.first()));
    Reading[] read = new Reading[nums.size()];
    // right to left, so that "six officers and eight assailants were killed" passes the verb back
    for (int i = nums.size() - 1; i >= 0; i--) {
      read[i] = read(doc, nums, read, i, from, to);
    }
    // left to right: "killing eight soldiers and two civilian drivers"
    for (int i = 1; i < nums.size(); i++) {
      NumberPhrase n = nums.get(i);
      NumberPhrase prev = nums.get(i - 1);
      // "a district governor and his two bodyguards"
      int and = OWNERS.contains(doc.key(n.first() - 1)) ? n.first() - 2 : n.first() - 1;
      if (read[i].role() == null && read[i - 1].role() != null && doc.key(and).equals("and")
          && (and + 1 - read[i - 1].nounEnd() <= 2 || CasualtyPhrases.clauseBetween(doc, read[i - 1].nounEnd(), and))) {
        read[i] = new Reading(read[i - 1].role(), read[i].noun(), read[i].nounEnd(), read[i].verb());
      }
    }
    List<Figure> out = new ArrayList<>();
    Boolean hostages = null; // read once per range, not once per figure
    for (int i = 0; i < nums.size(); i++) {
      NumberPhrase n = nums.get(i);
      Reading r = read[i];
      Role role = r.role();
      if (weapons(doc, n.end(), r.nounEnd())) {
        continue; // "seized two suicide vests": things, not people
      }
      String verb = doc.key(r.verb());
      boolean held = role == Role.KIDNAPPED && (verb.equals("held") || verb.equals("taken") || verb.equals("seized"));
      if (held && hostages == null) {
        hostages = hostageContext(doc, from, to);
      }
      if (role == null || held && !hostages) {
        continue;
      }
      boolean captive = doc.key(n.end()).equals("hostage") && !doc.key(n.end() + 1).equals("-"); // "the hostage was killed"
      if (CasualtyWords.ANIMALS.contains(r.noun())) {
        continue; // "killed 12 cows": livestock, not people
      }
      boolean perp = !captive && (CasualtyWords.PERP_NOUNS.contains(r.noun()) && !r.noun().equals("hostage")
          || CasualtyWords.PERP_NOUNS.contains(doc.key(n.end())))
          || CasualtyWords.PERP_NOUNS.contains(doc.key(n.end() + 2)) && doc.key(n.end()).equals("of")
          || CasualtyWords.PRONOUNS.contains(doc.key(n.first())) && CasualtyPhrases.securitySubject(doc, n.first(), from);
      String before = doc.key(n.first() - 1);
      // "two Americans were among nine people killed": the nine are the toll, the two among them
      boolean amongTotal = before.equals("among") && COPULAS.contains(doc.key(n.first() - 2));
      int phraseEnd = Math.max(r.nounEnd(), n.end());
      boolean including = before.equals("including") || before.equals("among") && !amongTotal;
      if (including && !perp && subset(doc, nums, n)
          || COPULAS.contains(doc.key(phraseEnd)) && doc.key(phraseEnd + 1).equals("among")) {
        continue; // "six people, including a teacher, were killed": the teacher is one of the six
      }
      int sentence = doc.sentenceOf[n.first()];
      boolean additive = additive(doc, sentence, Math.max(n.first(), r.verb() - 4));
      boolean increase = role == Role.KILLED && TollUpdates.increase(doc, n);
      out.add(new Figure(role, n.count(), perp, perp && including, sentence,
          doc.span(n.first(), Math.max(r.nounEnd(), n.end())), r.noun(), additive || increase, false, increase));
      int and = OWNERS.contains(before) ? n.first() - 2 : n.first() - 1; // "one farmer and his two sons"
      boolean counted = i > 0 && read[i - 1].role() != null && read[i - 1].nounEnd() == and; // "a governor" read already
      if (doc.key(and).equals("and") && !counted && doc.numbers.contains(n) && CasualtyPhrases.singularBefore(doc, and, from)) {
        // "the train's driver and two soldiers were killed": one more
        out.add(new Figure(role, Count.exact(1), false, false, sentence, doc.span(and, and + 1),
            "", additive, false, false));
      }
    }
    for (TollUpdates.Death d : deaths) {
      int sentence = doc.sentenceOf[d.first()];
      // "four soldiers were wounded ... one later died of his wounds": of the wounded counted here, not of an earlier toll
      boolean own = d.woundingTold() || !d.increase() && out.stream().anyMatch(f -> f.role() == Role.WOUNDED && !f.perpetrators()
          && f.sentence() <= sentence && f.count().value() >= d.count().value());
      out.add(new Figure(Role.KILLED, d.count(), false, false, sentence, doc.span(d.first(), d.end()),
          "", !own, false, !own, own));
    }
    out.addAll(Remains.figures(doc, from, to));
    out.addAll(TollUpdates.totals(doc, from, to));
    return SharedTolls.divide(doc, out);
  }

  private static Reading read(Doc doc, List<NumberPhrase> nums, Reading[] read, int i, int from, int to) {
    NumberPhrase n = nums.get(i);
    int j = CasualtyWords.afterAge(doc, n.end()); // "a 26-year-old man": the age describes the noun
    if (doc.key(j).equals("of") && POSSESSIVES.contains(doc.key(j + 1))) {
      j += 2; // "four of the attackers"
    }
    int nouns = 0;
    if (CAPTIVES.contains(doc.key(j)) && diedAfter(doc, nums, read, i, j + 1, to)) {
      j++; // "Twenty hostages, most of them foreigners, and two police officers were killed"
      nouns++;
    }
    while (j < to && nouns < 4 && (doc.tokens.get(j).isWord() || joiningHyphen(doc, j)) && !CasualtyWords.verbAt(doc, j)
        && !CasualtyWords.STOP.contains(doc.key(j)) && !CasualtyWords.AUX.contains(doc.key(j))
        && !(nouns > 0 && CasualtyPhrases.endsNoun(doc, j))) {
      // "passers-by", "a senior al-Shabaab commander": a hyphenated compound is one word, whatever its second half
      j += j + 2 < to && joiningHyphen(doc, j + 1) ? 3 : 1;
      nouns++;
    }
    String noun = nouns > 0 ? doc.key(j - 1) : CollectiveVictims.noun(doc, n);
    int k = CasualtyPhrases.aside(doc, nouns > 0 ? SingularVictims.nounTail(doc, j, to) : j, to);
    while (k < to && CasualtyWords.AUX.contains(doc.key(k)) && !CasualtyWords.verbAt(doc, k)) {
      k++;
    }
    k = CasualtyWords.shotAnd(doc, k);
    Role role = null;
    if (k < to) {
      role = CasualtyWords.fatalPhrase(doc, k) ? Role.KILLED : CasualtyWords.roleAt(doc, k);
      role = role != null && CasualtyPhrases.activeWithObject(doc, j, k, to) ? null : role;
      Role object = CasualtyWords.roleOf(doc.key(n.first() - 1)); // "gunmen who killed two people were arrested"
      role = role != null && object != null && n.first() - 1 >= from ? object : role;
    }
    if (role == null) {
      role = CasualtyPhrases.passiveAhead(doc, j, to);
    }
    if (role == null && k < to) {
      role = CasualtyPhrases.killedAfter(doc, k, to);
    }
    if (doc.key(n.first() - 1).equals("of") && doc.key(n.first() - 2).equals("bodies")) {
      role = Role.KILLED; // "the bodies of five men were found", "of seven men kidnapped last week": dead, whatever else
    }
    Reading next = i + 1 < nums.size() ? read[i + 1] : null;
    if (role == null && next != null && next.role() != null) {
      int nextFirst = nums.get(i + 1).first();
      boolean adjacent = (doc.key(j).equals("and") || doc.key(j).equals(",")) && (nextFirst == j + 1 // "and his two sons"
          || nextFirst == j + 2 && OWNERS.contains(doc.key(j + 1)));
      boolean appositive = doc.key(nextFirst - 1).equals("and") && nextFirst - j <= 8 && CasualtyPhrases.noRoleBetween(doc, j, nextFirst);
      if (adjacent || appositive) {
        role = next.role(); // "Twenty hostages, most of them foreigners, and two police officers were killed"
      }
    }
    if (role == null) {
      role = roleBehind(doc, n, j, from, to);
    }
    return new Reading(role, noun, j, k);
  }

  private static final java.util.Map<String, Role> OF_NOUNS = java.util.Map.of("kidnapping", Role.KIDNAPPED,
      "abduction", Role.KIDNAPPED, "killing", Role.KILLED, "killings", Role.KILLED, "massacre", Role.KILLED,
      "murder", Role.KILLED, "murders", Role.KILLED, "assassination", Role.KILLED);

  /** "the earlier killing of two fighters": another, older incident's toll. */
  private static final Set<String> EARLIER = WordSet.of("earlier", "previous", "past", "last", "recent", "prior");

  private static final Set<String> CAPTIVES = WordSet.of("hostages", "hostage", "captives");

  /** Whether the words from {@code j} tell that the people before them died or were hurt, past an aside. */
  private static boolean diedAfter(Doc doc, List<NumberPhrase> nums, Reading[] read, int i, int j, int to) {
    int k = CasualtyPhrases.aside(doc, j, to);
    while (k < to && CasualtyWords.AUX.contains(doc.key(k)) && !CasualtyWords.verbAt(doc, k)) {
      k++;
    }
    k = CasualtyWords.shotAnd(doc, k); // "The five hostages were shot and killed"
    Role role = k < to ? CasualtyWords.roleAt(doc, k) : null;
    if (role == null && i + 1 < nums.size() && read[i + 1] != null) {
      int next = nums.get(i + 1).first();
      role = doc.key(next - 1).equals("and") && next - j <= 8 && CasualtyPhrases.noRoleBetween(doc, j, next) ? read[i + 1].role() : null;
    }
    return role == Role.KILLED || role == Role.WOUNDED;
  }

  /** "killing at least 12", "left 12 dead", a hijacked train "carrying more than 400 people". */
  private static @Nullable Role roleBehind(Doc doc, NumberPhrase n, int nounEnd, int from, int to) {
    int b = n.first() - 1;
    while (b > from && (doc.key(b).equals("at") || doc.key(b).equals("least") || doc.key(b).equals("all")
        || doc.key(b).equals("the") && doc.key(b - 1).equals("of"))) { // "the killing of the six priests"
      b--;
    }
    if (b < from) {
      return null;
    }
    Role role = CasualtyWords.toDeath(doc, b, nounEnd) ? Role.KILLED : CasualtyWords.roleAt(doc, b);
    if (role == null && doc.key(b).equals("of") && b > from && !EARLIER.contains(doc.key(b - 2))) {
      role = OF_NOUNS.get(doc.key(b - 1)); // "the kidnapping of 20 people", "the murder of two farmers"
    }
    if (role == null && (doc.key(b).equals("carrying") || doc.key(b).equals("holding"))
        && (doc.has(from, to, "trigger.strong", "hijacking") || doc.has(from, to, "trigger.strong", "hostage_barricade"))) {
      role = Role.KIDNAPPED;
    }
    if (role == null && (doc.key(b).equals("left") || doc.key(b).equals("leaving"))) {
      role = CasualtyWords.roleAt(doc, nounEnd);
    }
    return role;
  }

  /** "six people, including a teacher, were killed": past an aside naming some of them, to the verb. */
  private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its");

  private static final Set<String> COPULAS = WordSet.of("were", "was", "are", "is");

  /** A figure after "including" that lies inside another figure's aside. */
  private static boolean subset(Doc doc, List<NumberPhrase> nums, NumberPhrase n) {
    for (NumberPhrase o : nums) {
      if (o != n && o.end() <= n.first() && n.first() - o.end() <= 6 && doc.numbers.contains(o)) {
        return true;
      }
    }
    return false;
  }

  /** "al-Shabaab": a hyphen joining two words inside a name. */
  private static boolean joiningHyphen(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return t.key().equals("-") && i > 0 && i + 1 < doc.tokens.size() && doc.tokens.get(i - 1).end() == t.start()
        && doc.tokens.get(i + 1).start() == t.end() && doc.tokens.get(i + 1).isWord();
  }

  /** True when the noun after a number names weapons ("two suicide vests", "three rifles"). */
  private static boolean weapons(Doc doc, int from, int to) {
    return !doc.cues(from, Math.max(from, to), c -> c.category().equals("weapon")).isEmpty();
  }

  private static boolean additive(Doc doc, int sentence, int upTo) {
    for (int i = doc.sentenceFirst(sentence); i < upTo + 4 && i < doc.sentenceEnd(sentence); i++) {
      String k = doc.key(i);
      if (k.equals("another") || k.equals("also") || k.equals("additional") || k.equals("further")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hostageContext(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String k = doc.key(i);
      if (k.equals("hostage") || k.equals("hostages") || k.equals("captive") || k.equals("captives")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDateNumber(Doc doc, NumberPhrase n) {
    if (doc.coverage.inDate(n.first(), n.end())) {
      return true;
    }
    String next = doc.key(n.end()).equals("-") ? doc.key(n.end() + 1) : doc.key(n.end()); // "a 26-year-old": an age
    return CasualtyWords.UNITS.contains(next);
  }
}
