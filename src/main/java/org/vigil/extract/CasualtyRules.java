package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.Token;

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
   */
  record Figure(Role role, Count count, boolean perpetrators, boolean perpetratorsOnly, int sentence,
      Span span, String noun, boolean additive, boolean toll, boolean increase) {}

  static final Set<String> KILL = Set.of("killed", "killing", "kill", "kills", "dead", "died", "die",
      "dies", "deaths", "slain", "perished", "massacred", "murdered", "executed", "dying", "lives",
      "bodies", "fatalities", "fatally");
  static final Set<String> WOUND = Set.of("wounded", "wounding", "injured", "injuring", "injuries", "stabbed", "hurt", "wounds", "maimed");
  static final Set<String> ARREST = Set.of("arrested", "arresting", "arrest", "arrests", "detained", "detaining", "apprehended", "captured", "rounded", "custody", "nabbed", "detains");
  static final Set<String> KIDNAP = Set.of("kidnapped", "kidnapping", "abducted", "abducting",
      "hostage", "hostages", "captive", "captives", "kidnaps", "abducts", "held", "seized", "taken");
  static final Set<String> PERP_NOUNS = Set.of("attackers", "attacker", "assailants", "assailant", "militants", "militant", "gunmen", "gunman", "insurgents", "insurgent", "terrorists", "terrorist", "bombers", "bomber", "rebels", "rebel", "guerrillas", "guerrilla", "subversives", "subversive", "extremists", "extremist", "hijackers", "hijacker", "kidnappers", "jihadists", "fighters", "perpetrators", "perpetrator", "raiders", "hostage-taker", "inmates", "inmate", "hostage", "suicide");
  private static final Set<String> AUX = Set.of("were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "all", "later", "subsequently", "being", "confirmed", "believed", "feared", "seriously", "critically", "slightly", "badly", "left", "who", "that", "of", "them", "killed", "instantly", "immediately", "then", "not", "either", "both");
  private static final Set<String> STOP = Set.of("and", "or", "but", "in", "at", "on", "by", "with",
      "from", "to", "as", "after", "before", "when", "while", "during", "the", "a", "an", "for");

  private static final Set<String> POSSESSIVES = Set.of("the", "them", "those", "his", "her", "their", "its", "our");

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
    nums.addAll(singulars(doc, from, to));
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
      if (read[i].role() == null && read[i - 1].role() != null && doc.key(n.first() - 1).equals("and")
          && n.first() - read[i - 1].nounEnd() <= 2) {
        read[i] = new Reading(read[i - 1].role(), read[i].noun(), read[i].nounEnd(), read[i].verb());
      }
    }
    List<Figure> out = new ArrayList<>();
    Boolean hostages = null; // read once per range, not once per figure
    for (int i = 0; i < nums.size(); i++) {
      NumberPhrase n = nums.get(i);
      Reading r = read[i];
      Role role = r.role();
      String verb = doc.key(r.verb());
      boolean held = role == Role.KIDNAPPED && (verb.equals("held") || verb.equals("taken") || verb.equals("seized"));
      if (held && hostages == null) {
        hostages = hostageContext(doc, from, to);
      }
      if (role == null || held && !hostages) {
        continue;
      }
      boolean perp = PERP_NOUNS.contains(r.noun()) || PERP_NOUNS.contains(doc.key(n.end()))
          || PERP_NOUNS.contains(doc.key(n.end() + 2)) && doc.key(n.end()).equals("of")
          || PRONOUNS.contains(doc.key(n.first())) && securitySubject(doc, n.first(), from);
      String before = doc.key(n.first() - 1);
      boolean including = before.equals("including") || before.equals("among");
      int sentence = doc.sentenceOf[n.first()];
      boolean additive = additive(doc, sentence, n.first());
      boolean increase = role == Role.KILLED && TollUpdates.increase(doc, n);
      out.add(new Figure(role, n.count(), perp, perp && including, sentence,
          doc.span(n.first(), Math.max(r.nounEnd(), n.end())), r.noun(), additive || increase, false, increase));
      if (before.equals("and") && singularBefore(doc, n.first() - 1, from)) {
        // "the train's driver and two soldiers were killed": one more
        out.add(new Figure(role, Count.exact(1), false, false, sentence, doc.span(n.first() - 1, n.first()),
            "", additive, false, false));
      }
    }
    for (TollUpdates.Death d : deaths) {
      out.add(new Figure(Role.KILLED, d.count(), false, false, doc.sentenceOf[d.first()], doc.span(d.first(), d.end()),
          "", true, false, true));
    }
    out.addAll(TollUpdates.totals(doc, from, to));
    return out;
  }

  private static Reading read(Doc doc, List<NumberPhrase> nums, Reading[] read, int i, int from, int to) {
    NumberPhrase n = nums.get(i);
    int j = n.end();
    if (doc.key(j).equals("of") && POSSESSIVES.contains(doc.key(j + 1))) {
      j += 2; // "four of the attackers"
    }
    int nouns = 0;
    while (j < to && nouns < 4 && doc.tokens.get(j).isWord() && !verb(doc.key(j)) && !STOP.contains(doc.key(j))
        && !AUX.contains(doc.key(j))) {
      j++;
      nouns++;
    }
    String noun = nouns > 0 ? doc.key(j - 1) : "";
    int k = j;
    while (k < to && AUX.contains(doc.key(k)) && !verb(doc.key(k))) {
      k++;
    }
    Role role = null;
    if (k < to) {
      role = doc.key(k).equals("shot") && doc.key(k + 1).equals("dead") ? Role.KILLED : roleOf(doc.key(k));
    }
    if (role == null) {
      role = passiveAhead(doc, j, to);
    }
    Reading next = i + 1 < nums.size() ? read[i + 1] : null;
    if (role == null && next != null && next.role() != null) {
      int nextFirst = nums.get(i + 1).first();
      boolean adjacent = (doc.key(j).equals("and") || doc.key(j).equals(",")) && nextFirst == j + 1;
      boolean appositive = doc.key(nextFirst - 1).equals("and") && nextFirst - j <= 8 && noRoleBetween(doc, j, nextFirst);
      if (adjacent || appositive) {
        role = next.role(); // "Twenty hostages, most of them foreigners, and two police officers were killed"
      }
    }
    if (role == null) {
      role = roleBehind(doc, n, j, from, to);
    }
    return new Reading(role, noun, j, k);
  }

  /** "killing at least 12", "left 12 dead", a hijacked train "carrying more than 400 people". */
  private static @Nullable Role roleBehind(Doc doc, NumberPhrase n, int nounEnd, int from, int to) {
    int b = n.first() - 1;
    while (b > from && (doc.key(b).equals("at") || doc.key(b).equals("least"))) {
      b--;
    }
    if (b < from) {
      return null;
    }
    Role role = roleOf(doc.key(b));
    if (role == null && (doc.key(b).equals("carrying") || doc.key(b).equals("holding"))
        && (doc.has(from, to, "trigger.strong", "hijacking") || doc.has(from, to, "trigger.strong", "hostage_barricade"))) {
      role = Role.KIDNAPPED;
    }
    if (role == null && (doc.key(b).equals("left") || doc.key(b).equals("leaving"))) {
      role = roleOf(doc.key(nounEnd));
    }
    return role;
  }

  /** Aggregates figures into counts per role, with the figure each came from. */
  static Casualties aggregate(List<Figure> figures, Doc doc, int[][] ranges, List<Evidence> evidence,
      EvidenceMaker ev) {
    Count victims = combine(figures, Role.KILLED, f -> !f.perpetrators() && !f.toll(), evidence, ev, "casualties.killed");
    Count added = null;
    if (victims != null && figures.stream().filter(f -> f.role() == Role.KILLED && !f.perpetrators())
        .allMatch(Figure::increase)) {
      added = victims; // "three more bodies were found": only the increase over a toll given before
      victims = null;
    }
    Count perpsAdded = combine(figures, Role.KILLED, f -> f.perpetrators() && !f.perpetratorsOnly(), evidence, ev,
        "casualties.perpetratorsKilled");
    Count perpsAmong = combine(figures, Role.KILLED, Figure::perpetratorsOnly, evidence, ev,
        "casualties.perpetratorsKilled");
    Count toll = combine(figures, Role.KILLED, Figure::toll, evidence, ev, "casualties.killed");
    Count killed = sum(victims, perpsAdded);
    if (toll != null && (killed == null || toll.value() >= killed.value())) {
      killed = toll;
    }
    Count perps = sum(perpsAdded, perpsAmong);
    for (int[] r : ranges) {
      for (var m : doc.cues(r[0], r[1], c -> c.is("cue", "selfkilled"))) {
        if (perps == null && killed != null) {
          // "killing eight people besides herself": the bomber died too, and counts among the killed
          boolean including = doc.words(m.span()).toLowerCase(java.util.Locale.ROOT).startsWith("including");
          killed = including ? killed : killed.plus(Count.exact(1));
          perps = Count.exact(1);
          evidence.add(ev.of("casualties.perpetratorsKilled", m.span()));
        }
      }
    }
    Count wounded = combine(figures, Role.WOUNDED, f -> !f.perpetratorsOnly(), evidence, ev, "casualties.wounded");
    Count arrested = combine(figures, Role.ARRESTED, f -> true, evidence, ev, "casualties.arrested");
    Count kidnapped = combine(figures, Role.KIDNAPPED, f -> true, evidence, ev, "casualties.kidnapped");
    for (int[] r : ranges) {
      for (var m : doc.cues(r[0], r[1], c -> c.category().equals("cue"))) {
        String l = m.value().label();
        if ((l.equals("zero_all") || l.equals("zero_killed")) && killed == null) {
          killed = Count.exact(0);
          evidence.add(ev.of("casualties.killed", m.span()));
        }
        if ((l.equals("zero_all") || l.equals("zero_wounded")) && wounded == null) {
          wounded = Count.exact(0);
          evidence.add(ev.of("casualties.wounded", m.span()));
        }
      }
    }
    return new Casualties(killed, wounded, perps, arrested, kidnapped, added);
  }

  private static @Nullable Count sum(@Nullable Count a, @Nullable Count b) {
    return a == null ? b : b == null ? a : a.plus(b);
  }

  /**
   * Figures of one role: added up within a sentence, the larger (or, when marked "another",
   * the sum) across sentences; a death toll is the last one stated.
   */
  private static @Nullable Count combine(List<Figure> figures, Role role, java.util.function.Predicate<Figure> which,
      List<Evidence> evidence, EvidenceMaker ev, String field) {
    Count best = null;
    int bestSentence = -1;
    Count sentenceSum = null;
    Count toll = null;
    List<Span> spans = new ArrayList<>();
    for (Figure f : figures) {
      if (f.role() != role || !which.test(f)) {
        continue;
      }
      if (f.toll()) {
        toll = f.count();
        spans.add(f.span());
        continue;
      }
      spans.add(f.span());
      if (f.sentence() == bestSentence) {
        sentenceSum = sentenceSum.plus(f.count());
        best = sentenceSum;
      } else if (best == null) {
        best = f.count();
        sentenceSum = f.count();
        bestSentence = f.sentence();
      } else if (f.additive()) {
        best = best.plus(f.count());
        sentenceSum = best;
        bestSentence = f.sentence();
      } else if (f.count().value() > best.value()) {
        best = f.count();
        sentenceSum = f.count();
        bestSentence = f.sentence();
      }
    }
    Count result = toll != null && (best == null || toll.value() >= best.value()) ? toll : best;
    if (result != null) {
      for (Span s : spans) {
        evidence.add(ev.of(field, s));
      }
    }
    return result;
  }

  private static final Set<String> PRONOUNS = Set.of("him", "her");
  private static final Set<String> SECURITY = Set.of("officer", "officers", "police", "policeman",
      "policemen", "soldier", "soldiers", "forces", "troops", "guard", "guards", "commandos", "sniper");

  /** "a third officer shot him dead": security forces killing the attacker. */
  private static boolean securitySubject(Doc doc, int pronoun, int from) {
    for (int i = Math.max(from, pronoun - 5); i < pronoun; i++) {
      if (SECURITY.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /** "... were killed" a few words on, with nothing but words between. */
  private static @Nullable Role passiveAhead(Doc doc, int from, int to) {
    for (int i = from; i < Math.min(to, from + 8); i++) {
      Token t = doc.tokens.get(i);
      if (!t.isWord() && !t.key().equals("-") && !t.key().equals("'")) {
        return null;
      }
      String k = t.key();
      if (k.equals("and") && (doc.key(i + 1).equals("a") || doc.key(i + 1).equals("an") || doc.key(i + 1).equals("one"))) {
        continue; // "three militants and an Indian soldier were killed"
      }
      if (k.equals("and") || k.equals("but") || k.equals("who") || k.equals("which")) {
        return null;
      }
      Role r = roleOf(k);
      if (r != null) {
        String prev = doc.key(i - 1);
        boolean passive = prev.equals("were") || prev.equals("was") || prev.equals("been")
            || prev.equals("are") || prev.equals("is");
        return passive || k.equals("dead") || k.equals("died") || k.equals("perished") ? r : null;
      }
    }
    return null;
  }

  private static boolean noRoleBetween(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (roleOf(doc.key(i)) != null || doc.key(i).equals(".") || doc.key(i).equals(";")) {
        return false;
      }
    }
    return true;
  }

  /** A singular noun phrase ("the driver") just before "and". */
  private static boolean singularBefore(Doc doc, int and, int from) {
    String last = doc.key(and - 1);
    if (last.isEmpty() || last.endsWith("s") && !last.endsWith("ss") || !doc.tokens.get(and - 1).isWord()) {
      return false;
    }
    for (int i = and - 1; i >= Math.max(from, and - 5); i--) {
      String k = doc.key(i);
      if (k.equals("the") || k.equals("a") || k.equals("an")) {
        return true;
      }
      if (!doc.tokens.get(i).isWord() && !k.equals("'")) {
        return false;
      }
    }
    return false;
  }

  /** "a policeman was killed", "one soldier died": a singular subject counts as one. */
  private static List<NumberPhrase> singulars(Doc doc, int from, int to) {
    List<NumberPhrase> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String k = doc.key(i);
      if (PRONOUNS.contains(k) && i - 1 >= from && (doc.key(i - 1).equals("shot") && doc.key(i + 1).equals("dead")
          || doc.key(i - 1).equals("killed") || ARREST.contains(doc.key(i - 1)))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        continue;
      }
      if (!doc.numbersIn(i, i + 1).isEmpty()) {
        continue; // "a dozen" is a number, not one person
      }
      boolean single = k.equals("a") || k.equals("an") || (k.equals("the") && PERP_NOUNS.contains(doc.key(i + 1))
          && (doc.key(i + 1).endsWith("er") || doc.key(i + 1).endsWith("man") || doc.key(i + 1).equals("assailant")
          || doc.key(i + 1).equals("attacker")));
      if (!single) {
        continue;
      }
      int j = i + 1;
      while (j < to && j - i <= 5 && (doc.tokens.get(j).isWord() || doc.key(j).equals("-")
          || doc.tokens.get(j).kind() == Token.Kind.NUMBER) && !AUX.contains(doc.key(j)) && !verb(doc.key(j))) {
        j++;
      }
      if (j == i + 1 || doc.key(j - 1).endsWith("s") && !doc.key(j - 1).endsWith("ss")) {
        continue;
      }
      String before = doc.key(i - 1);
      if (i - 1 >= from && (before.equals("dead") && doc.key(i - 2).equals("shot") || before.equals("killed")
          || ARREST.contains(before)
          || before.equals("killing") || before.equals("murdered") || before.equals("wounded")
          || before.equals("wounding") || before.equals("injured") || before.equals("injuring"))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
        continue;
      }
      int k2 = j;
      boolean coordinated = doc.key(i - 1).equals("and");
      while (k2 < to && (doc.key(k2).equals("was") || coordinated && doc.key(k2).equals("were")
          || doc.key(k2).equals("also") || doc.key(k2).equals("has")
          || doc.key(k2).equals("been") || doc.key(k2).equals("later") || doc.key(k2).equals("reportedly"))) {
        k2++;
      }
      if (k2 > j && k2 < to && (KILL.contains(doc.key(k2)) || WOUND.contains(doc.key(k2)))
          || k2 == j && k2 < to && (doc.key(k2).equals("died") || doc.key(k2).equals("blew"))) {
        out.add(new NumberPhrase(i, i + 1, doc.span(i, i + 1), Count.exact(1)));
      }
    }
    return out;
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
    String next = doc.key(n.end());
    return next.equals("km") || next.equals("kilometres") || next.equals("kilometers") || next.equals("miles")
        || next.equals("years") || next.equals("year") || next.equals("percent") || next.equals("%")
        || next.equals("metres") || next.equals("meters") || next.equals("hours") || next.equals("minutes")
        || next.equals("days") || next.equals("kg") || next.equals("kilograms") || next.equals("am")
        || next.equals("pm") || next.equals("o'clock");
  }

  static @Nullable Role roleOf(String k) {
    if (KILL.contains(k)) {
      return Role.KILLED;
    }
    if (WOUND.contains(k)) {
      return Role.WOUNDED;
    }
    if (ARREST.contains(k)) {
      return Role.ARRESTED;
    }
    if (KIDNAP.contains(k)) {
      return Role.KIDNAPPED;
    }
    return null;
  }

  private static boolean verb(String k) {
    return roleOf(k) != null;
  }
}
