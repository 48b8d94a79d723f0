package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;

/**
 * When an incident happened, from the event's own words: first a date written onto one of its triggers ("Saturday's
 * explosion", "the weekend market bombing", "the attack two days ago"), then a day in the trigger's own phrase ("the
 * murder of X in Y on Friday"), then the date nearest a trigger in its clauses, then in its sentences. A date that
 * belongs to a statement ("said on Wednesday") or to another act ("gathered on Wednesday for a memorial") is not the
 * incident's, except that the statement is the event when the incident is a threat; an incident whose only date is
 * another act's is recalled by a report about that act. Only when nothing says when does the report's own news take
 * the dateline's date (or, without one, the publication date, with no words; {@link #orDateline}); a recalled
 * incident is then left undated. Thread-safe.
 */
final class DateChoice {

  /** Verbs of statements: a day just after one, or just before it, is the statement's ("said on Wednesday"). */
  static final Set<String> REPORTING = org.vigil.text.WordSet.of("said", "announced", "told", "reported", "commuted", "ruled",
      "sentenced", "blamed", "accused", "denied", "confirmed", "added", "stated", "warned", "claimed", "condemned", "denounced");

  /** Words that make a date before a trigger another phrase's ("blamed them on Monday for a bomb"). */
  private static final Set<String> FUNCTION = org.vigil.text.WordSet.of("on", "in", "at", "and", "or", "the", "a", "an", "for", "of",
      "to", "by", "with", "from", "that", "which", "who", "as", "after", "before", "when", "was", "were", "is",
      "are", "has", "had", "have", "been", "said", "says");

  /** Tokens a date may stand before its trigger and still be written onto it ("Saturday's car bomb attack"). */
  private static final int ATTACHED_BEFORE = 4;

  private DateChoice() {}

  static @Nullable IncidentDate of(Doc doc, Draft d, Status status, List<Evidence> evidence, EvidenceMaker ev) {
    DateMention found = attached(doc, d);
    if (found == null) {
      found = nearest(doc, d, status);
    }
    if (found == null) {
      found = sameTimeAs(doc, d);
    }
    if (found != null) {
      found = refine(doc, d, found);
      evidence.add(ev.of("date", found.span()));
      return found.toIncidentDate(doc.text);
    }
    if (dateOfOtherAct(doc, d)) {
      // "families of the victims of the arena bombing gathered on Wednesday": the news is the
      // memorial (or the visit, the funeral); the attack is recalled, and no words say when
      d.background = true;
    }
    return null;
  }

  private static boolean dateOfOtherAct(Doc doc, Draft d) {
    for (EventMention em : d.mentions) {
      for (DateMention m : doc.datesIn(doc.sentenceFirst(em.sentence), doc.sentenceEnd(em.sentence))) {
        if (!doc.inDateline(m.first()) && otherAct(doc, d, m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The incident as reported, dated by the dateline (or the publication date) when it is the
   * report's own news and nothing in its words said when; recalled incidents stay undated.
   * Applied after the engine decided the incident is specific enough to report, which a date
   * from the dateline alone does not make it.
   */
  static Incident orDateline(Incident i, Doc doc, EvidenceMaker ev) {
    if (i.date() != null || i.background()) {
      return i;
    }
    List<Evidence> evidence = new ArrayList<>(i.evidence());
    IncidentDate date = DatelineDate.reportDay(doc, evidence, ev);
    return date == null ? i : i.withDate(date, evidence);
  }

  /** A date written onto a trigger: just before it ("last week's attack") or just after ("the attack two days ago"). */
  static @Nullable DateMention attached(Doc doc, Draft d) {
    for (EventMention em : d.mentions) {
      for (Match<Cue> t : em.triggers()) {
        for (DateMention m : near(doc, t)) {
          if (doc.inDateline(m.first()) || !m.relative() && m.precision() != DatePrecision.YEAR) {
            continue;
          }
          boolean before = m.end() <= t.firstToken() && t.firstToken() - m.end() <= ATTACHED_BEFORE
              && onlyModifiers(doc, m.end(), t.firstToken());
          boolean after = m.first() >= t.endToken() && m.first() - t.endToken() <= 1
              && !doc.key(m.first()).equals("on") && !doc.key(m.first() - 1).equals("on");
          if (before || after) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /**
   * The dates that may be written onto a trigger: those ending at most {@link #ATTACHED_BEFORE}
   * tokens before it, then those starting right after it, in text order. Dates never overlap,
   * so their ends rise with their starts.
   */
  private static List<DateMention> near(Doc doc, Match<Cue> t) {
    List<DateMention> before = doc.datesIn(0, t.firstToken());
    int k = before.size();
    while (k > 0 && before.get(k - 1).end() >= t.firstToken() - ATTACHED_BEFORE) {
      k--;
    }
    List<DateMention> out = new ArrayList<>(before.subList(k, before.size()));
    out.addAll(doc.datesIn(t.endToken(), t.endToken() + 2));
    return out;
  }

  /** Words between a date and its trigger that only describe the trigger: "'s car", "market", "suicide". */
  private static boolean onlyModifiers(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String k = doc.key(i);
      if (k.equals("'") || k.equals("s") || k.equals("-")) {
        continue;
      }
      if (!doc.tokens.get(i).isWord() || FUNCTION.contains(k) || CasualtyWords.roleAt(doc, i) != null
          || doc.triggerStartsAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable DateMention nearest(Doc doc, Draft d, Status status) {
    DateMention found = null;
    for (EventMention em : d.mentions) {
      DateMention own = OwnDates.of(doc, em);
      if (own != null && usable(doc, d, own, status)) {
        return own;
      }
      int head = em.head().firstToken();
      for (DateMention m : doc.datesIn(em.first, em.end)) {
        if (usable(doc, d, m, status)
            && (found == null || Math.abs(m.first() - head) < Math.abs(found.first() - head))) {
          found = m;
        }
      }
      if (found != null) {
        return found;
      }
    }
    for (EventMention m : d.mentions) {
      int best = Integer.MAX_VALUE;
      for (DateMention x : doc.datesIn(doc.sentenceFirst(m.sentence), doc.sentenceEnd(m.sentence))) {
        if (usable(doc, d, x, status)
            && !inOtherClause(doc, d, x.first(), m)) {
          int dist = Math.abs(x.first() - m.head().firstToken());
          if (dist < best) {
            best = dist;
            found = x;
          }
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * "condemned Saturday's bombing ... and the siege of the hotel the same night": the date
   * written last onto another event's trigger before those words is this incident's too.
   */
  private static @Nullable DateMention sameTimeAs(Doc doc, Draft d) {
    for (EventMention em : d.mentions) {
      for (int k = em.first + 1; k + 1 < em.end; k++) {
        if (doc.key(k).equals("same") && SAME_TIME.contains(doc.key(k + 1))
            && (doc.key(k - 1).equals("the") || doc.key(k - 1).equals("that"))) {
          List<DateMention> before = doc.datesIn(0, k);
          for (int j = before.size() - 1; j >= 0; j--) {
            DateMention m = before.get(j);
            if (!doc.inDateline(m.first()) && triggerAfter(doc, m) >= 0) {
              return m;
            }
          }
        }
      }
    }
    return null;
  }

  /** Where the trigger the date is written onto starts ("Saturday's car bombing"), or -1. */
  private static int triggerAfter(Doc doc, DateMention m) {
    for (int t = m.end(); t <= m.end() + ATTACHED_BEFORE && t < doc.tokens.size(); t++) {
      if (doc.triggerStartsAt(t)) {
        return onlyModifiers(doc, m.end(), t) ? t : -1;
      }
    }
    return -1;
  }

  private static final Set<String> SAME_TIME = org.vigil.text.WordSet.of("night", "day", "evening", "morning", "afternoon");

  /**
   * Not the dateline's, a statement's or another act's ("the 2019 bombing" is the bombing's); nor recent if recalled;
   * nor, for an event that took place, a day after the report's: "the hostages were released on June 14" in a report
   * of the kidnapping tells of its end, and a statement is the event only when the incident is a threat.
   */
  private static boolean usable(Doc doc, Draft d, DateMention m, Status status) {
    int onto = triggerAfter(doc, m);
    return !doc.inDateline(m.first()) && (status == Status.THREATENED || !reported(doc, m)) && !otherAct(doc, d, m)
        && !(d.background && Background.recent(doc, m)) && (onto < 0 || d.triggerAt(onto))
        && !(status != Status.THREATENED && status != Status.PLANNED && DatelineDate.afterReport(doc, m));
  }

  /** "said on Wednesday": the day of the statement, not of the incident. */
  private static boolean reported(Doc doc, DateMention m) {
    for (int i = Math.max(0, m.first() - 3); i < m.first(); i++) {
      if (REPORTING.contains(doc.key(i))) {
        return true;
      }
    }
    return REPORTING.contains(doc.key(m.end())); // "the council on Friday condemned the attack"
  }

  /**
   * "gathered on Wednesday for a memorial": walking back from the date through its sentence, an
   * act of another kind comes before any trigger of this incident.
   */
  private static boolean otherAct(Doc doc, Draft d, DateMention m) {
    int from = doc.sentenceFirst(doc.sentenceOf[m.first()]);
    List<Match<Cue>> acts = Background.otherActs(doc, from, m.first());
    if (acts.isEmpty()) {
      return false;
    }
    int act = acts.get(acts.size() - 1).firstToken();
    for (EventMention em : d.mentions) {
      for (Match<Cue> t : em.triggers()) {
        if (Math.min(t.endToken(), m.first()) - 1 >= act && t.firstToken() < m.first()) {
          return false; // a trigger of this incident comes first, walking back
        }
      }
    }
    return true;
  }

  /** A year or month made precise by a later mention in the incident's sentences ("on July 1, 2016"). */
  private static DateMention refine(Doc doc, Draft d, DateMention vague) {
    if (vague.precision() == DatePrecision.DAY) {
      return vague;
    }
    for (int[] r : d.ranges(doc, true)) {
      for (DateMention m : doc.datesIn(r[0], r[1])) {
        if (m.precision().ordinal() < vague.precision().ordinal()
            && !m.date().isBefore(vague.date()) && !m.last().isAfter(vague.last())) {
          return m;
        }
      }
    }
    return vague;
  }

  /** In a sentence cut into several clauses, a date outside this incident's clauses is another's. */
  private static boolean inOtherClause(Doc doc, Draft d, int token, EventMention m) {
    boolean cut = m.end - m.first < doc.sentenceEnd(m.sentence) - doc.sentenceFirst(m.sentence);
    boolean outside = token < m.first || token >= m.end;
    return cut && outside && !d.covers(token, doc, false);
  }
}
