package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;

/**
 * Reads casualty figures for one incident from the words around its numbers: "killing at least
 * 12", "six officers and eight assailants were killed", "the death toll rose to 30", "no one
 * was hurt". Within a sentence coordinated figures add up; across sentences a restatement
 * does not add (the larger figure stands) unless marked as more ("another", "also"); a death
 * toll replaces what came before. Perpetrators who died count in {@code killed}, following
 * the Global Terrorism Database. Thread-safe.
 */
final class CasualtyRules {

  enum Role { KILLED, WOUNDED, ARRESTED, KIDNAPPED }

  /** One figure read from the text. */
  record Figure(Role role, Count count, boolean perpetrators, boolean perpetratorsOnly, int sentence,
      Span span, String noun, boolean additive, boolean toll) {}

  static final Set<String> KILL = Set.of("killed", "killing", "kill", "kills", "dead", "died", "die",
      "dies", "deaths", "slain", "perished", "massacred", "murdered", "executed", "dying", "lives",
      "bodies", "fatalities", "fatally");
  static final Set<String> WOUND = Set.of("wounded", "wounding", "injured", "injuring", "injuries", "hurt", "wounds", "maimed");
  static final Set<String> ARREST = Set.of("arrested", "arresting", "arrest", "arrests", "detained", "detaining", "apprehended", "captured", "rounded", "custody", "nabbed", "detains");
  static final Set<String> KIDNAP = Set.of("kidnapped", "kidnapping", "abducted", "abducting",
      "hostage", "hostages", "captive", "captives", "kidnaps", "abducts", "held", "seized", "taken");
  static final Set<String> PERP_NOUNS = Set.of("attackers", "attacker", "assailants", "assailant", "militants", "militant", "gunmen", "gunman", "insurgents", "insurgent", "terrorists", "terrorist", "bombers", "bomber", "rebels", "rebel", "guerrillas", "guerrilla", "subversives", "subversive", "extremists", "extremist", "hijackers", "hijacker", "kidnappers", "jihadists", "fighters", "perpetrators", "perpetrator", "raiders", "hostage-taker", "inmates", "inmate", "hostage", "suicide");
  private static final Set<String> AUX = Set.of("were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "all", "later", "subsequently", "being", "confirmed", "believed", "feared", "seriously", "critically", "slightly", "badly", "left", "who", "that", "of", "them", "killed", "instantly", "immediately", "then", "not", "either", "both");
  private static final Set<String> STOP = Set.of("and", "or", "but", "in", "at", "on", "by", "with",
      "from", "to", "as", "after", "before", "when", "while", "during", "the", "a", "an", "for");

  private CasualtyRules() {}

  static List<Figure> figures(Doc doc, int from, int to) {
    List<Figure> out = new ArrayList<>();
    List<NumberPhrase> nums = new ArrayList<>();
    for (NumberPhrase n : doc.numbers) {
      if (n.first() >= from && n.end() <= to && !isDateNumber(doc, n)) {
        nums.add(n);
      }
    }
    nums.addAll(singulars(doc, from, to));
    nums.sort((a, b) -> Integer.compare(a.first(), b.first()));
    Role[] roles = new Role[nums.size()];
    for (int i = nums.size() - 1; i >= 0; i--) {
      NumberPhrase n = nums.get(i);
      int j = n.end();
      int nouns = 0;
      if (doc.key(j).equals("of") && (doc.key(j + 1).equals("the") || doc.key(j + 1).equals("them")
          || doc.key(j + 1).equals("those"))) {
        j += 2; // "four of the attackers"
      }
      while (j < to && nouns < 4 && doc.tokens.get(j).isWord() && !verb(doc.key(j)) && !STOP.contains(doc.key(j))
          && !AUX.contains(doc.key(j))) {
        j++;
        nouns++;
      }
      String noun = nouns > 0 ? doc.key(j - 1) : "";
      Role role = null;
      int k = j;
      while (k < to && AUX.contains(doc.key(k)) && !verb(doc.key(k))) {
        k++;
      }
      if (k < to) {
        role = roleOf(doc.key(k));
      }
      if (role == null && i + 1 < nums.size() && roles[i + 1] != null
          && (doc.key(j).equals("and") || doc.key(j).equals(",")) && nums.get(i + 1).first() == j + 1) {
        role = roles[i + 1];
      }
      if (role == null) {
        int b = n.first() - 1;
        while (b > from && (doc.key(b).equals("at") || doc.key(b).equals("least"))) {
          b--;
        }
        if (b >= from) {
          role = roleOf(doc.key(b));
          if (role == null && b - 1 >= from && (doc.key(b).equals("left") || doc.key(b).equals("leaving"))) {
            role = roleOf(doc.key(j));
          }
        }
      }
      roles[i] = role;
      if (role == null || (role == Role.KIDNAPPED && (doc.key(k).equals("held") || doc.key(k).equals("taken") || doc.key(k).equals("seized"))
          && !hostageContext(doc, from, to))) {
        continue;
      }
      boolean perp = PERP_NOUNS.contains(noun) || (nouns > 0 && PERP_NOUNS.contains(doc.key(n.end())))
          || PERP_NOUNS.contains(doc.key(n.end() + 2)) && doc.key(n.end()).equals("of");
      String before = doc.key(n.first() - 1);
      boolean including = before.equals("including") || before.equals("among");
      int sentence = doc.sentenceOf[n.first()];
      boolean additive = additive(doc, sentence, n.first());
      out.add(new Figure(role, n.count(), perp, perp && including, sentence,
          doc.span(n.first(), Math.max(j, n.end())), noun, additive, false));
    }
    out.addAll(tolls(doc, from, to));
    return out;
  }

  /** Aggregates figures into counts per role, with the figure each came from. */
  static Casualties aggregate(List<Figure> figures, Doc doc, int[][] ranges, List<Evidence> evidence,
      EvidenceMaker ev) {
    Count killed = combine(figures, Role.KILLED, false, evidence, ev, "casualties.killed");
    Count perps = combine(figures, Role.KILLED, true, evidence, ev, "casualties.perpetratorsKilled");
    Count wounded = combine(figures, Role.WOUNDED, false, evidence, ev, "casualties.wounded");
    Count arrested = combine(figures, Role.ARRESTED, false, evidence, ev, "casualties.arrested");
    Count kidnapped = combine(figures, Role.KIDNAPPED, false, evidence, ev, "casualties.kidnapped");
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
    if (perps != null && killed == null) {
      killed = perps;
    }
    return new Casualties(killed, wounded, perps, arrested, kidnapped);
  }

  private static @Nullable Count combine(List<Figure> figures, Role role, boolean perpsOnly,
      List<Evidence> evidence, EvidenceMaker ev, String field) {
    Count best = null;
    int bestSentence = -1;
    Count sentenceSum = null;
    Count toll = null;
    List<Span> spans = new ArrayList<>();
    for (Figure f : figures) {
      if (f.role() != role || (perpsOnly && !f.perpetrators())) {
        continue;
      }
      if (f.toll()) {
        toll = f.count();
        spans.add(f.span());
        continue;
      }
      if (!perpsOnly && f.perpetratorsOnly()) {
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

  private static List<Figure> tolls(Doc doc, int from, int to) {
    List<Figure> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!doc.key(i).equals("toll")) {
        continue;
      }
      for (NumberPhrase n : doc.numbers) {
        if (n.first() > i && n.first() <= i + 5 && n.end() <= to) {
          out.add(new Figure(Role.KILLED, n.count(), false, false, doc.sentenceOf[n.first()],
              doc.span(i, n.end()), "toll", false, true));
          break;
        }
      }
    }
    return out;
  }

  /** "a policeman was killed", "one soldier died": a singular subject counts as one. */
  private static List<NumberPhrase> singulars(Doc doc, int from, int to) {
    List<NumberPhrase> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String k = doc.key(i);
      boolean single = k.equals("a") || k.equals("an") || (k.equals("the") && PERP_NOUNS.contains(doc.key(i + 1))
          && (doc.key(i + 1).endsWith("er") || doc.key(i + 1).endsWith("man") || doc.key(i + 1).equals("assailant")
          || doc.key(i + 1).equals("attacker")));
      if (!single) {
        continue;
      }
      int j = i + 1;
      while (j < to && j - i <= 3 && doc.tokens.get(j).isWord() && !AUX.contains(doc.key(j)) && !verb(doc.key(j))) {
        j++;
      }
      if (j == i + 1 || doc.key(j - 1).endsWith("s") && !doc.key(j - 1).endsWith("ss")) {
        continue;
      }
      int k2 = j;
      while (k2 < to && (doc.key(k2).equals("was") || doc.key(k2).equals("also") || doc.key(k2).equals("has")
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
    for (DateMention d : doc.dates) {
      if (d.span().overlaps(n.span())) {
        return true;
      }
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
