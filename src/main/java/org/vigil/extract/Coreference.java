package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Groups event mentions into incidents. A mention joins the latest incident of its family
 * (attacks, or arrests and plots) unless its own date or place differs, it is marked as
 * separate ("in a separate attack", "meanwhile"), or it is far away and indefinite; a
 * definite mention ("the blast") looks further back. Sentences without a trigger extend the
 * incident mentioned just before them. Thread-safe.
 */
final class Coreference {

  private static final Set<String> DEFINITE = WordSet.of("the", "this", "that", "these", "those", "same", "its",
      "yesterday's", "today's");

  /** Sentences without a trigger that may still add detail to the incident before them. */
  static final int MAX_EXTENSION = 4;

  /**
   * Incidents, latest first, that a mention may join. Real reports have fewer than a dozen; a
   * text of thousands made every mention compare itself with all before it.
   */
  static final int MAX_DRAFTS_BACK = 32;

  private Coreference() {}

  /**
   * "Planes hit the field last November. The raid killed eight workers.": in a report that tells
   * no news of its own kind, a definite mention without a time of its own is the recalled incident.
   */
  private static boolean recalledAnaphor(Doc doc, EventMention m, boolean definite, List<Draft> drafts) {
    return definite && !Background.past(doc, m) && Background.dateIn(doc, m) == null
        && drafts.stream().allMatch(d -> d.arrestFamily() != m.arrestFamily() || Background.past(doc, d.first()));
  }

  static List<Draft> group(Doc doc, List<EventMention> mentions) {
    List<Draft> drafts = new ArrayList<>();
    for (EventMention m : mentions) {
      doc.deadline.check("grouping mentions");
      Draft target = null;
      Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (last != null && (m.arrestFamily() && !last.arrestFamily() && (foldsInto(doc, m, last)
          || m.sentence == last.first().sentence && TypeRules.forcesRaided(doc, last.first())) || aimOf(doc, m, last))) {
        last.add(m);
        continue;
      }
      boolean definite = definite(doc, m.head()) || refersBack(doc, m);
      boolean separate = doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "separate");
      for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - MAX_DRAFTS_BACK) && !separate; i--) {
        Draft d = drafts.get(i);
        if (aside(doc, drafts, i) && !(definite && m.type() == d.type())) {
          continue; // "stormed the hotel, hours after a car bomb exploded at the market": the story goes on with the hotel
        }
        if (d.lastMentionSentence() == m.sentence) {
          if (m.arrestFamily() == d.arrestFamily()) {
            break; // split on purpose within the sentence
          }
          continue;
        }
        if (Background.past(doc, m) != Background.past(doc, d.first()) && !recalledAnaphor(doc, m, definite, drafts)) {
          continue; // the news and what it recalls are different incidents
        }
        boolean anaphor = definite && (!m.strong() || m.type() == d.type());
        if (d.arrestFamily() == m.arrestFamily() && anaphor && !dateConflict(doc, d, m)) {
          target = d;
          break;
        }
        if (d.arrestFamily() != m.arrestFamily() || conflict(doc, d, m) && !HostageFates.toldAfter(doc, d, m)) {
          if (definite) {
            continue;
          }
          if (d.arrestFamily() != m.arrestFamily()) {
            continue;
          }
          break;
        }
        if (m.sentence - d.lastSentence() > MAX_EXTENSION + 1 && !definite) {
          break;
        }
        if (m.strong() && d.strong() && m.type() != d.type() && ownToll(doc, m) && !compatible(m.type(), d.type())
            && !refersBack(doc, m) && !HostageFates.toldAfter(doc, d, m)) {
          break; // "also condemned the siege of the hotel, in which nine died" after a market bombing
        }
        if (definite && m.strong() && m.type() != d.type() && ownKindBefore(drafts, i, m)) {
          continue; // "No group claimed the abduction" after the ambush of the rescuers: the abduction told first
        }
        target = closer(doc, drafts, i, m);
        break;
      }
      if (target != null) {
        target.add(m);
      } else {
        drafts.add(new Draft(m));
      }
    }
    Extensions.extend(doc, drafts);
    return drafts;
  }

  /**
   * The incident was told in a clause of time ("..., hours after a car bomb exploded") inside
   * the sentence of the incident before it, and nothing since: an aside, not where the story goes on.
   */
  static boolean aside(Doc doc, List<Draft> drafts, int i) {
    Draft d = drafts.get(i);
    EventMention first = d.first();
    if (i == 0 || d.mentions.size() > 1 || !TIME_CLAUSE.contains(doc.key(first.first))) {
      return false;
    }
    Draft before = drafts.get(i - 1);
    return before.lastMentionSentence() == first.sentence && !before.arrestFamily() && !d.arrestFamily();
  }

  private static final Set<String> TIME_CLAUSE = WordSet.of("after", "before", "since");

  /**
   * Between the incident just found and the one before it, the one whose words the mention
   * shares ("the village of Gajiram" after "killed villagers in a raid").
   */
  private static Draft closer(Doc doc, List<Draft> drafts, int found, EventMention m) {
    Draft d = drafts.get(found);
    if (found == 0 || m.type() == d.type() && m.strong()) {
      return d;
    }
    Draft before = drafts.get(found - 1);
    if (before.arrestFamily() != m.arrestFamily() || m.sentence - before.lastSentence() > 3) {
      return d;
    }
    return overlap(doc, before, m) > overlap(doc, d, m) + 1 ? before : d;
  }

  private static int overlap(Doc doc, Draft d, EventMention m) {
    java.util.Set<String> mine = stems(doc, doc.sentenceFirst(m.sentence), doc.sentenceEnd(m.sentence));
    int n = 0;
    for (int[] r : d.ranges(doc, false)) {
      java.util.Set<String> theirs = stems(doc, r[0], r[1]);
      theirs.retainAll(mine);
      n += theirs.size();
    }
    return n;
  }

  private static java.util.Set<String> stems(Doc doc, int from, int to) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = from; i < to; i++) {
      String k = doc.key(i);
      if (k.length() >= 5 && doc.tokens.get(i).isWord()) {
        out.add(k.substring(0, 5));
      }
    }
    return out;
  }

  /** "foiled a plot by militants to bomb the ferry": the attack a plot was to be, in its sentence. */
  private static boolean aimOf(Doc doc, EventMention m, Draft plot) {
    return plot.type() == IncidentType.FOILED_PLOT && plot.lastMentionSentence() == m.sentence
        && !m.arrestFamily() && doc.key(m.head().firstToken() - 1).equals("to");
  }

  /** An incident of the mention's kind and family among the {@link #MAX_DRAFTS_BACK} before {@code found}. */
  private static boolean ownKindBefore(List<Draft> drafts, int found, EventMention m) {
    for (int i = found - 1; i >= Math.max(0, found - MAX_DRAFTS_BACK); i--) {
      Draft d = drafts.get(i);
      if (d.type() == m.type() && d.arrestFamily() == m.arrestFamily()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Officers arrested him at the scene": the arrest of an attacker, told in the attack's story,
   * is part of the attack.
   */
  private static boolean foldsInto(Doc doc, EventMention arrest, Draft attack) {
    return arrest.sentence - attack.lastSentence() <= 3
        && doc.has(arrest.first, arrest.end, "cue", "fold")
        && !doc.has(arrest.first, arrest.end, "cue", "plan")
        && !doc.has(arrest.first, arrest.end, "cue", "plotnoun");
  }

  /** An event mention with its own death or injury figure is an incident of its own. */
  private static boolean ownToll(Doc doc, EventMention m) {
    return doc.figures(m.first, m.end).stream()
        .anyMatch(f -> f.role() == CasualtyRules.Role.KILLED || f.role() == CasualtyRules.Role.WOUNDED);
  }

  /** Types that one incident often carries together (a bomb and gunfire, a kidnapping and a siege). */
  static boolean compatible(IncidentType a, IncidentType b) {
    java.util.Set<IncidentType> pair = java.util.EnumSet.of(explosion(a), explosion(b));
    return pair.equals(java.util.EnumSet.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT))
        || pair.equals(java.util.EnumSet.of(IncidentType.KIDNAPPING, IncidentType.HOSTAGE_BARRICADE))
        || pair.equals(java.util.EnumSet.of(IncidentType.ARMED_ASSAULT, IncidentType.ASSASSINATION))
        || pair.equals(java.util.EnumSet.of(IncidentType.ARMED_ASSAULT, IncidentType.HOSTAGE_BARRICADE))
        || pair.equals(java.util.EnumSet.of(IncidentType.ARMED_ASSAULT, IncidentType.UNARMED_ASSAULT))
        || pair.contains(IncidentType.OTHER_VIOLENCE) || pair.contains(IncidentType.ARMED_CLASH) || pair.size() == 1;
  }

  /** Strikes from the air and shelling go with the rest of a fight as a bombing does. */
  private static IncidentType explosion(IncidentType t) {
    return t == IncidentType.AIR_STRIKE || t == IncidentType.SHELLING ? IncidentType.BOMBING : t;
  }

  /** "houses were set on fire in the attack": the clause names an incident told before it. */
  static boolean refersBack(Doc doc, EventMention m) {
    for (int k = m.head().endToken() + 2; k < m.end; k++) {
      if (BACK_NOUNS.contains(doc.key(k)) && (doc.key(k - 1).equals("the") || doc.key(k - 1).equals("this"))
          && (doc.key(k - 2).equals("in") || doc.key(k - 2).equals("during"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BACK_NOUNS = WordSet.of("attack", "assault", "raid", "incident", "blast",
      "explosion", "bombing", "ambush", "shooting", "violence", "fighting");

  /** "the blast", "Sunday's bombing", "the deadly attack": a determiner right before the trigger noun. */
  static boolean definite(Doc doc, Match<Cue> head) {
    int h = head.firstToken();
    String a = doc.key(h - 1);
    String b = doc.key(h - 2);
    boolean adjective = doc.tokens.get(Math.max(0, h - 1)).isWord() && !a.endsWith("ed")
        && !CasualtyWords.PERP_NOUNS.contains(a) && !a.equals("was") && !a.equals("were");
    return DEFINITE.contains(a) || a.equals("s") && doc.key(h - 2).equals("'")
        || adjective && DEFINITE.contains(b);
  }

  /**
   * Dates more than a day apart. A recalled incident's words may carry this week's date of
   * another act ("gathered on Wednesday for a memorial of the 2017 bombing"): not its own, so
   * no conflict with the date it had.
   */
  private static boolean dateConflict(Doc doc, Draft d, EventMention m) {
    boolean recalled = Background.past(doc, d.first());
    DateMention md = firstIn(doc, m.first, m.end, recalled);
    if (md != null) {
      for (EventMention x : d.mentions) {
        DateMention xd = firstIn(doc, x.first, x.end, recalled);
        if (xd != null && Math.abs(xd.date().toEpochDay() - md.date().toEpochDay()) > 1) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean conflict(Doc doc, Draft d, EventMention m) {
    if (dateConflict(doc, d, m)) {
      return true;
    }
    ResolvedPlace mp = Places.best(doc, m.first, m.end);
    // another town alone is weak evidence of another incident ("took off from Bogota"); with its own toll it is strong;
    // a nationality ("shot dead by Israeli soldiers") says who acted, not where
    if (mp != null && !mp.relation().equals("demonym") && ownToll(doc, m)) {
      for (EventMention x : d.mentions) {
        ResolvedPlace xp = Places.best(doc, x.first, x.end);
        if (xp != null && !xp.relation().equals("demonym") && Places.distanceKm(xp, mp) > 40) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable DateMention firstIn(Doc doc, int from, int to, boolean recalled) {
    for (DateMention d : doc.datesIn(from, to)) {
      if (!doc.inDateline(d.first()) && !(recalled && Background.recent(doc, d))) {
        return d;
      }
    }
    return null;
  }
}
