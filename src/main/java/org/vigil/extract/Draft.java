package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.vigil.text.PhraseTrie.Match;

/**
 * An incident being assembled: the event mentions that speak of it and the sentences that
 * add detail without a trigger of their own. Owned by one extraction.
 */
final class Draft {

  /** Mentions kept per incident; real reports have fewer than 20. */
  static final int MAX_MENTIONS = 50;

  final List<EventMention> mentions = new ArrayList<>();
  final TreeSet<Integer> extensions = new TreeSet<>();
  boolean background;

  private int lastMention;

  Draft(EventMention first) {
    mentions.add(first);
    lastMention = first.sentence;
  }

  EventMention first() {
    return mentions.get(0);
  }

  /** The sentence of the mention added last, kept or not (mentions come in text order). */
  int lastMentionSentence() {
    return lastMention;
  }

  /**
   * Adds a mention of this incident; beyond {@link #MAX_MENTIONS} a mention only restates it
   * and is not kept, so that a text repeating one sentence thousands of times stays one
   * incident read from its first mentions.
   */
  void add(EventMention m) {
    lastMention = m.sentence;
    if (mentions.size() < MAX_MENTIONS) {
      mentions.add(m);
    }
  }

  int lastSentence() {
    return extensions.isEmpty() ? lastMention : Math.max(lastMention, extensions.last());
  }

  /**
   * The incident's kind, never null: read from the mentions of the first mention's family (an
   * arrest told in an attack's story does not type the attack), the strong ones when there are
   * any. The first mention is always of its own family, so there is always one to read.
   */
  IncidentType type() {
    List<EventMention> typing = typing();
    IncidentType best = typing.get(0).type();
    for (EventMention m : typing.subList(1, typing.size())) {
      IncidentType t = m.type();
      // fighting told first yields to what the story then says was done in it
      boolean generalFirst = (best == IncidentType.OTHER_VIOLENCE || best == IncidentType.ARMED_CLASH) && !first().strong();
      if (m.strong() ? EventMention.overrides(t, best) || generalFirst : t.ordinal() < best.ordinal()) {
        best = t; // a fight after "militants attacked" is the attack's detail, not its kind
      }
    }
    return best;
  }

  /** A strong trigger of the incident's own family; a strong arrest folded into a weak attack does not count. */
  boolean strong() {
    boolean arrest = arrestFamily();
    for (EventMention m : mentions) {
      if (m.arrestFamily() == arrest && m.strong()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the draft's triggers starts at {@code token}. */
  boolean triggerAt(int token) {
    for (EventMention m : mentions) {
      for (Match<Cue> t : m.triggers()) {
        if (t.firstToken() == token) {
          return true;
        }
      }
    }
    return false;
  }

  boolean arrestFamily() {
    return first().arrestFamily();
  }

  /** The mentions of the first one's family: its strong ones when there are any, else all of them. */
  private List<EventMention> typing() {
    boolean arrest = arrestFamily();
    List<EventMention> own = new ArrayList<>(mentions.size());
    List<EventMention> strong = new ArrayList<>(mentions.size());
    for (EventMention m : mentions) {
      if (m.arrestFamily() == arrest) {
        own.add(m);
        if (m.strong()) {
          strong.add(m);
        }
      }
    }
    return strong.isEmpty() ? own : strong;
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

  /** True when {@code token} is in one of {@link #ranges}; without making them. */
  boolean covers(int token, Doc doc, boolean withExtensions) {
    for (EventMention m : mentions) {
      if (token >= m.first && token < m.end) {
        return true;
      }
    }
    if (withExtensions) {
      for (int s : extensions) {
        if (token >= doc.sentenceFirst(s) && token < doc.sentenceEnd(s)) {
          return true;
        }
      }
    }
    return false;
  }
}
