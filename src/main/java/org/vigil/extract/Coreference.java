package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.geo.ResolvedPlace;
import org.vigil.text.PhraseTrie.Match;

/**
 * Groups event mentions into incidents. A mention joins the latest incident of its family
 * (attacks, or arrests and plots) unless its own date or place differs, it is marked as
 * separate ("in a separate attack", "meanwhile"), or it is far away and indefinite; a
 * definite mention ("the blast") looks further back. Sentences without a trigger extend the
 * incident mentioned just before them. Thread-safe.
 */
final class Coreference {

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "same", "its", "yesterday's", "today's");

  /** Sentences without a trigger that may still add detail to the incident before them. */
  static final int MAX_EXTENSION = 4;

  private Coreference() {}

  static List<Draft> group(Doc doc, List<EventMention> mentions) {
    List<Draft> drafts = new ArrayList<>();
    for (EventMention m : mentions) {
      Draft target = null;
      boolean definite = definite(doc, m.head());
      boolean separate = doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "separate");
      for (int i = drafts.size() - 1; i >= 0 && !separate; i--) {
        Draft d = drafts.get(i);
        if (d.mentions.stream().anyMatch(x -> x.sentence == m.sentence)) {
          if (m.arrestFamily() == d.arrestFamily()) {
            break; // split on purpose within the sentence
          }
          continue;
        }
        boolean anaphor = definite && (!m.strong() || m.type() == d.type());
        if (d.arrestFamily() == m.arrestFamily() && anaphor) {
          target = d;
          break;
        }
        if (d.arrestFamily() != m.arrestFamily() || conflict(doc, d, m)) {
          if (definite) {
            continue;
          }
          if (d.arrestFamily() != m.arrestFamily()) {
            continue;
          }
          break;
        }
        if (m.sentence - d.lastSentence() > 3 && !definite) {
          break;
        }
        target = d;
        break;
      }
      if (target != null) {
        target.mentions.add(m);
      } else {
        drafts.add(new Draft(m));
      }
    }
    extend(doc, drafts);
    return drafts;
  }

  private static void extend(Doc doc, List<Draft> drafts) {
    int[] owner = new int[doc.sentences.size()];
    java.util.Arrays.fill(owner, -1);
    for (int i = 0; i < drafts.size(); i++) {
      for (EventMention m : drafts.get(i).mentions) {
        owner[m.sentence] = i;
      }
    }
    int current = -1;
    int since = 0;
    for (int s = 0; s < owner.length; s++) {
      if (owner[s] >= 0) {
        current = owner[s];
        since = 0;
      } else if (current >= 0 && ++since <= MAX_EXTENSION) {
        drafts.get(current).extensions.add(s);
      }
    }
  }

  static boolean definite(Doc doc, Match<Cue> head) {
    int i = head.firstToken() - 1;
    while (i >= 0 && i >= head.firstToken() - 3) {
      if (DEFINITE.contains(doc.key(i))) {
        return true;
      }
      if (!doc.tokens.get(i).isWord()) {
        return false;
      }
      i--;
    }
    return false;
  }

  private static boolean conflict(Doc doc, Draft d, EventMention m) {
    DateMention md = firstIn(doc.dates, doc, m.first, m.end);
    if (md != null) {
      for (EventMention x : d.mentions) {
        DateMention xd = firstIn(doc.dates, doc, x.first, x.end);
        if (xd != null && Math.abs(xd.date().toEpochDay() - md.date().toEpochDay()) > 1) {
          return true;
        }
      }
    }
    ResolvedPlace mp = Places.best(doc, m.first, m.end);
    if (mp != null) {
      for (EventMention x : d.mentions) {
        ResolvedPlace xp = Places.best(doc, x.first, x.end);
        if (xp != null && Places.distanceKm(xp, mp) > 40) {
          return true;
        }
      }
    }
    return false;
  }

  private static DateMention firstIn(List<DateMention> dates, Doc doc, int from, int to) {
    for (DateMention d : dates) {
      if (d.first() >= from && d.first() < to && !doc.inDateline(d.first())) {
        return d;
      }
    }
    return null;
  }
}
