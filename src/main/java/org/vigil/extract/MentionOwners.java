package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event mentions of each sentence with the incident each was grouped into, built once per
 * report from its drafts, so that asking whether another incident speaks in a sentence does not
 * read every mention of the report each time.
 */
final class MentionOwners {

  /** A mention and the draft it belongs to. */
  record Owned(Draft draft, EventMention mention) {}

  private final List<Draft> drafts;
  private final Map<Integer, List<Owned>> bySentence = new HashMap<>();

  MentionOwners(List<Draft> drafts) {
    this.drafts = drafts;
    for (Draft d : drafts) {
      for (EventMention m : d.mentions) {
        bySentence.computeIfAbsent(m.sentence, s -> new ArrayList<>()).add(new Owned(d, m));
      }
    }
  }

  /** True when built from this very list of drafts. */
  boolean of(List<Draft> all) {
    return drafts == all;
  }

  /** The mentions in the sentence, with their drafts, in the order of the drafts. */
  List<Owned> in(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }
}
