package org.vigil.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Tells the report's own news from incidents it only recalls: a recalling cue before the
 * trigger ("was behind the twin bombings", "since the 2016 attack"), a recalling time in the
 * clause ("last year", "years ago"), or a date well before publication while another incident
 * is the news. A mention cut from the same sentence as a recalled one is recalled too.
 */
final class Background {

  private Background() {}

  static void classify(Doc doc, List<Draft> drafts) {
    LocalDate pub = doc.report.published();
    for (Draft d : drafts) {
      EventMention m = d.first();
      d.background = recalled(doc, m) || (pub != null && old(doc, m, pub));
    }
    for (int i = 1; i < drafts.size(); i++) {
      Draft prev = drafts.get(i - 1);
      Draft d = drafts.get(i);
      DateMention own = dateIn(doc, d.first());
      // "stormed the cafe on July 1, 2016, and held diners hostage overnight": the overnight of that day
      if (!d.background && prev.background && prev.first().sentence == d.first().sentence
          && d.first().first > prev.first().first && (own == null || own.relative())) {
        d.background = true;
      }
    }
    if (drafts.stream().allMatch(d -> d.background) && pub != null) {
      // the news itself may be old news: keep the recalled flag only where a cue says so
      for (Draft d : drafts) {
        EventMention m = d.first();
        if (!recalled(doc, m) && dateIn(doc, m) == null) {
          d.background = false;
        }
      }
    }
    framed(doc, drafts);
  }

  /**
   * A report whose lead is a trial, a verdict, a memorial, an anniversary or an obituary recalls
   * the incidents it names: those the frame governs in the lead, and those of later sentences
   * that carry no recent date of their own ("police fired tear gas outside the court on Monday"
   * stays news). An incident of the lead whose trigger carries a recent date ("Sunday's attack")
   * stays news too.
   */
  private static void framed(Doc doc, List<Draft> drafts) {
    if (doc.sentences.isEmpty()) {
      return;
    }
    List<Match<Cue>> frames = doc.cues(doc.sentenceFirst(0), doc.sentenceEnd(0),
        c -> c.is("cue", "frame"));
    if (frames.isEmpty()) {
      return;
    }
    int frame = frames.get(0).firstToken();
    for (Draft d : drafts) {
      EventMention m = d.first();
      if (m.sentence == 0) {
        DateMention onto = DateChoice.attached(doc, d);
        // "mourners buried five policemen killed in Sunday's attack": a few days old, it is still news
        d.background |= m.head().firstToken() > frame && (onto == null || !recent(doc, onto));
      } else {
        DateMention date = dateIn(doc, m);
        d.background |= date == null || !recent(doc, date);
      }
    }
  }

  /** The first sentence with a trigger: the report's lead. */
  private static int leadSentence(Doc doc) {
    for (Match<Cue> c : doc.cues) {
      if (c.value().isTrigger()) {
        return doc.sentenceOf[c.firstToken()];
      }
    }
    return -1;
  }

  /** A date within {@link Extractor#BACKGROUND_DAYS} of publication: the news's day, never a recalled incident's. */
  static boolean recent(Doc doc, DateMention m) {
    LocalDate pub = doc.report.published();
    return pub != null && !m.date().isBefore(pub.minusDays(Extractor.BACKGROUND_DAYS));
  }

  /**
   * "accused of attacks", "since last year's fighting": a weak word in a recalling clause names no
   * incident, unless a day of this week makes it news or its day and toll make it one.
   */
  static boolean vaguelyRecalled(Doc doc, EventMention m) {
    return !m.strong() && !toldInFull(doc, m) && (doc.has(m.first, m.end, "cue", "bgtime")
        || doc.has(m.first, m.end, "cue", "bgbefore") && !thisWeek(doc, m));
  }

  /** "the April 15, 2013, attack, which killed three people": a recalled event with its day and its toll. */
  private static boolean toldInFull(Doc doc, EventMention m) {
    return doc.datesIn(m.first, m.end).stream()
            .anyMatch(d -> !doc.inDateline(d.first()) && d.precision() == DatePrecision.DAY && !d.relative())
        && doc.figures(m.first, m.end).stream()
            .anyMatch(f -> f.role() == CasualtyRules.Role.KILLED && f.count().value() > 0);
  }

  /** Cue-based: "was behind the bombing", "last year", "has carried out"; not when the trigger carries a recent day of its own. */
  static boolean recalled(Doc doc, EventMention m) {
    return (doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "bgbefore") && !thisWeek(doc, m)
        || habitual(doc, m)) && !OwnDates.recentDay(doc, m) || held(doc, m) || namedInFrame(doc, m);
  }

  /** A recalling time in the clause, but not "repeatedly" right after the trigger: "shot him repeatedly" is how. */
  private static boolean habitual(Doc doc, EventMention m) {
    return doc.has(m.first, m.end, "cue", "bgtime") && doc.cues(m.first, m.end, c -> c.is("cue", "bgtime")).stream()
        .anyMatch(c -> !doc.key(c.firstToken()).equals("repeatedly") || !m.triggers().stream()
            .anyMatch(t -> t.endToken() == c.firstToken() || t.endToken() + 1 == c.firstToken()));
  }

  /**
   * "The man believed responsible for a Friday blast": a day of this week makes it news whatever
   * the cue, unless it is the day of a statement ("the ministry said on Wednesday").
   */
  private static boolean thisWeek(Doc doc, EventMention m) {
    for (int k = m.first; k < m.end; k++) {
      if (THIS_WEEK.contains(doc.key(k)) && !afterReporting(doc, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterReporting(Doc doc, int token) {
    for (int i = Math.max(0, token - 3); i < token; i++) {
      if (DateChoice.REPORTING.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Families of the victims of the Manchester Arena bombing gathered on Wednesday for a
   * memorial": in a lead framed as a memorial, a trial or an anniversary, an attack named with
   * the article, with no toll of its own and no date but another act's, is the one recalled.
   */
  private static boolean namedInFrame(Doc doc, EventMention m) {
    if (m.sentence != 0 || !doc.has(doc.sentenceFirst(0), doc.sentenceEnd(0), "cue", "frame")
        || !named(doc, m.head().firstToken()) || !doc.figures(m.first, m.end).isEmpty()) {
      return false;
    }
    for (DateMention d : doc.datesIn(m.first, m.end)) {
      if (!doc.inDateline(d.first()) && !doc.has(m.head().endToken(), d.first(), "cue", "otheract")) {
        return false;
      }
    }
    return true;
  }

  /** "the bombing", "the Manchester Arena bombing": the article, then only capitalised words, before the trigger. */
  private static boolean named(Doc doc, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 5); k--) {
      if (doc.key(k).equals("the")) {
        return true;
      }
      if (!doc.tokens.get(k).isWord() || !Character.isUpperCase(doc.tokens.get(k).raw().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> THIS_WEEK = WordSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tonight", "overnight");

  /**
   * Whether tokens {@code [from, to)} say the incident told before them "came" after another
   * ("The bombing came a day after gunmen killed ..."): what follows is an earlier event.
   */
  static boolean cameAfter(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.key(k).equals("after")) {
        for (int j = Math.max(from, k - 4); j < k; j++) {
          if (CAME.contains(doc.key(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> CAME = WordSet.of("came", "comes", "come", "followed", "follows");

  /**
   * The words of other acts (a funeral, a visit, a vigil) starting in {@code [from, to)}, but not
   * where the attack struck: "blew himself up among mourners at a funeral tent" bombed the funeral,
   * "a suicide bomber targeted a funeral on Tuesday" too.
   */
  static List<Match<Cue>> otherActs(Doc doc, int from, int to) {
    return doc.cuesStartingIn(from, to, c -> c.is("cue", "otheract")).stream().filter(a -> !scene(doc, a)).toList();
  }

  private static boolean scene(Doc doc, Match<Cue> act) {
    int k = act.firstToken() - 1;
    String before = doc.key(k);
    if (before.equals("a") || before.equals("an") || before.equals("the")) {
      before = doc.key(k - 1);
    }
    return AT.contains(before);
  }

  private static final Set<String> AT = WordSet.of("at", "among", "on", "targeting", "near", "outside", "into",
      "during", "targeted", "attacked", "struck", "hit", "bombed", "stormed", "raided");

  /** Words before "the release of" that ask for it: no one was released. */
  private static final Set<String> DEMANDS = WordSet.of("demanded", "demanding", "demand", "demands", "sought",
      "seeking", "for", "urged");

  /**
   * "A kidnapped diplomat has been freed", "Kidnapped businessman is alive": a lead that tells of
   * a captive's release or state is news about a kidnapping that happened before, as is one that
   * uses the kidnapping word as an adjective before the captive. Later in a report, a release
   * ("all four hostages were freed") ends the incident the lead told.
   */
  private static boolean held(Doc doc, EventMention m) {
    IncidentType t = m.type();
    if (t != IncidentType.KIDNAPPING && t != IncidentType.HOSTAGE_BARRICADE || m.sentence != leadSentence(doc)) {
      return false;
    }
    int from = doc.sentenceFirst(m.sentence);
    for (Match<Cue> c : doc.cues(from, doc.sentenceEnd(m.sentence), x -> x.is("cue", "release"))) {
      if (!DEMANDS.contains(doc.key(c.firstToken() - 1)) && !DEMANDS.contains(doc.key(c.firstToken() - 2))) {
        return true; // not "holding 12 hostages, demanded the release of prisoners"
      }
    }
    int k = m.head().firstToken();
    String before = doc.key(k - 1);
    boolean start = k == doc.sentenceFirst(m.sentence) || k == doc.datelineEnd;
    return (start || before.equals("a") || before.equals("an") || before.equals("the"))
        && doc.key(k).endsWith("ed") && m.head().endToken() < doc.tokens.size()
        && doc.tokens.get(m.head().endToken()).isWord() && !doc.key(m.head().endToken()).equals("by");
  }

  /**
   * "Boko Haram has carried out similar bombings in Borno state", "armed gangs who kidnap for
   * ransom": what a group is known to do, told with a habitual cue in every mention, with no date
   * and no toll, is no incident.
   */
  static boolean habit(Doc doc, Draft d, Incident i) {
    Casualties c = i.casualties();
    return i.background() && i.date() == null && c.killed() == null && c.wounded() == null && c.kidnapped() == null
        && c.arrested() == null && d.mentions.stream().allMatch(m -> doc.has(m.first, m.end, "cue", "bgtime"));
  }

  /** Recalled by a cue, or dated well before publication. */
  static boolean past(Doc doc, EventMention m) {
    LocalDate pub = doc.report.published();
    return recalled(doc, m) || pub != null && old(doc, m, pub);
  }

  private static boolean old(Doc doc, EventMention m, LocalDate pub) {
    DateMention date = dateIn(doc, m);
    if (date == null) {
      return false;
    }
    return switch (date.precision()) {
      case DAY, RANGE -> date.last().isBefore(pub.minusDays(Extractor.BACKGROUND_DAYS));
      case MONTH -> java.time.YearMonth.from(date.date()).isBefore(java.time.YearMonth.from(pub)); // "last month"
      case YEAR -> date.date().getYear() < pub.getYear();
    };
  }

  static DateMention dateIn(Doc doc, EventMention m) {
    for (DateMention d : doc.datesIn(m.first, m.end)) {
      if (!doc.inDateline(d.first())) {
        return d;
      }
    }
    return null;
  }
}
