package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An incident being assembled: the event mentions that speak of it and the sentences that
 * add detail without a trigger of their own. Owned by one extraction.
 */
final class Draft {

  final List<EventMention> mentions = new ArrayList<>();
  final TreeSet<Integer> extensions = new TreeSet<>();
  boolean background;

  Draft(EventMention first) {
    mentions.add(first);
  }

  EventMention first() {
    return mentions.get(0);
  }

  int lastSentence() {
    int last = -1;
    for (EventMention m : mentions) {
      last = Math.max(last, m.sentence);
    }
    return extensions.isEmpty() ? last : Math.max(last, extensions.last());
  }

  IncidentType type() {
    IncidentType best = null;
    boolean strong = mentions.stream().anyMatch(EventMention::strong);
    boolean attack = mentions.stream().anyMatch(m -> !m.arrestFamily());
    for (EventMention m : mentions) {
      if (strong && !m.strong() || attack && m.arrestFamily() && !first().arrestFamily()) {
        continue;
      }
      IncidentType t = m.type();
      // fighting told first yields to what the story then says was done in it
      boolean generalFirst = (best == IncidentType.OTHER_VIOLENCE || best == IncidentType.ARMED_CLASH) && !first().strong();
      if (best == null || (m.strong() ? EventMention.overrides(t, best) || generalFirst : t.ordinal() < best.ordinal())) {
        best = t; // a fight after "militants attacked" is the attack's detail, not its kind
      }
    }
    return best;
  }

  boolean strong() {
    return mentions.stream().anyMatch(EventMention::strong);
  }

  boolean arrestFamily() {
    return first().arrestFamily();
  }

  /** Token ranges of the mentions' clauses, then of the extension sentences. */
  List<int[]> ranges(Doc doc, boolean withExtensions) {
    List<int[]> out = new ArrayList<>();
    for (EventMention m : mentions) {
      out.add(new int[] {m.first, m.end});
    }
    if (withExtensions) {
      for (int s : extensions) {
        out.add(new int[] {doc.sentenceFirst(s), doc.sentenceEnd(s)});
      }
    }
    return out;
  }

  boolean covers(int token, Doc doc, boolean withExtensions) {
    for (int[] r : ranges(doc, withExtensions)) {
      if (token >= r[0] && token < r[1]) {
        return true;
      }
    }
    return false;
  }
}
