package org.vigil.extract;

import java.util.Set;
import org.vigil.learn.Features;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * How a candidate filler stands to the incident's trigger in the words between them, the
 * shallow syntax that says who did what to whom: "the FMLN attacked" (subject), "the mayor was
 * killed" (the passive's subject, who suffered), "killed the mayor" (object), "was killed by the
 * FMLN", "an attack by the FMLN" (agent), "the bombing of the embassy", "an attack on a bus"
 * (after a preposition). A role feature that holds across verbs and corpora, unlike the words
 * themselves. Stateless; thread-safe.
 */
final class TriggerRelation {

  /** Words between a trigger and its object that leave it the object ("killed the two mayors"). */
  private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "two", "three", "four", "five", "six",
      "several", "some", "his", "her", "their", "its", "at", "least");
  private static final Set<String> BE = WordSet.of("was", "were", "been", "being", "is", "are", "be");
  private static final Set<String> PREPOSITIONS = WordSet.of("of", "on", "against", "at", "in", "near", "to", "from",
      "with", "into", "upon", "targeting", "outside");
  /** Words taken for the verb before a phrase besides past forms in -ed. */
  private static final Set<String> TRIGGER_VERBS = WordSet.of("shot", "hit", "struck", "kill", "killing", "bombing",
      "attacking", "burning", "kidnapping", "murder", "assassination", "of", "by", "against");
  /** The most words between a candidate and its trigger for a relation other than far. */
  private static final int NEAR = 3;

  private TriggerRelation() {}

  /** Adds the relation of a candidate of this kind to the trigger, alone, with the trigger's label and with its word. */
  static void add(Features f, Doc doc, Match<Cue> trigger, RoleCandidate c, String kind, String label, String word) {
    String rel = of(doc, trigger, c);
    f.add("krel", kind, '/', rel);
    f.add("trel", rel, '/', label);
    f.add("wrel", kind, '/', rel, word);
  }

  /** subj, patient, obj, agent, pp-WORD (the preposition), far, overlap or other-sentence. */
  static String of(Doc doc, Match<Cue> trigger, RoleCandidate c) {
    if (doc.sentenceOf[trigger.firstToken()] != doc.sentenceOf[c.first()]) {
      return "other-sentence";
    }
    if (c.end() <= trigger.firstToken()) {
      int from = c.end();
      int to = trigger.firstToken();
      if (to - from > NEAR) {
        return "far";
      }
      for (int i = from; i < to; i++) {
        if (BE.contains(doc.key(i))) {
          return "patient";
        }
      }
      return "subj";
    }
    int from = trigger.endToken();
    int to = c.first();
    if (to < from) {
      return "overlap";
    }
    if (to - from > NEAR) {
      return "far";
    }
    for (int i = from; i < to; i++) {
      if (doc.key(i).equals("by")) {
        return "agent";
      }
    }
    if (to > from && PREPOSITIONS.contains(doc.key(from))) {
      return "pp-" + doc.key(from);
    }
    for (int i = from; i < to; i++) {
      if (!DETERMINERS.contains(doc.key(i))) {
        return "far";
      }
    }
    return "obj";
  }

  /** The nearest word before the phrase in its sentence that reads as a verb (past tense or a lexicon trigger). */
  static String verbBefore(Doc doc, int token) {
    int s = doc.sentenceFirst(doc.sentenceOf[token]);
    for (int i = token - 1; i >= Math.max(s, token - 6); i--) {
      String k = doc.key(i);
      if (k.endsWith("ed") && k.length() > 3 || TRIGGER_VERBS.contains(k)) {
        return k;
      }
    }
    return "-";
  }
}
