package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * A person's body found: "His body was found near the road", "the trader's body was recovered",
 * "the body of the abducted councillor was discovered". The report tells a death without a verb
 * of killing; each is one killed. Bodies counted by a number ("the bodies of five men") are read
 * by {@link CasualtyRules}. Thread-safe.
 */
final class Remains {

  private Remains() {}

  private static final Set<String> BODY = WordSet.of("body", "corpse");

  private static final Set<String> DETERMINERS = WordSet.of("his", "her", "the", "a");

  private static final Set<String> FOUND = WordSet.of("found", "recovered", "discovered", "retrieved", "dumped");

  private static final Set<String> BETWEEN = WordSet.of("was", "later", "then", "also", "reportedly", "subsequently");

  /** One killed for each body found in tokens {@code [from, to)}, unless its sentence tells the death itself. */
  static List<CasualtyRules.Figure> figures(Doc doc, int from, int to) {
    List<CasualtyRules.Figure> out = new ArrayList<>();
    for (int i = from + 1; i < to; i++) {
      if (!BODY.contains(doc.key(i)) || !DETERMINERS.contains(doc.key(i - 1)) && !SingularVictims.possessive(doc, i - 2)) {
        continue;
      }
      int v = i + 1;
      org.vigil.text.Span whose = SingularVictims.possessive(doc, i - 2) ? doc.span(i - 3, i - 2) : doc.span(i - 1, i + 1);
      if (doc.key(v).equals("of")) {
        v = ownerEnd(doc, v + 1, to); // "the body of the abducted councillor"
        whose = doc.span(i + 2, v);
      }
      int verb = v;
      int sentence = doc.sentenceOf[i]; // a body in a sentence that tells the killing is no second death
      while (verb < to && verb - v < 3 && BETWEEN.contains(doc.key(verb))) {
        verb++;
      }
      if (verb < to && doc.key(v).equals("was") && FOUND.contains(doc.key(verb))
          && !CasualtyWords.killingIn(doc, doc.sentenceFirst(sentence), doc.sentenceEnd(sentence))) {
        String noun = doc.key(i - 1).equals("his") || doc.key(i - 1).equals("her") ? "" : "body"; // named elsewhere
        out.add(new CasualtyRules.Figure(CasualtyRules.Role.KILLED, Count.exact(1), false, false, sentence,
            whose, noun, false, false, false));
      }
    }
    return out;
  }

  /** Past a short noun phrase naming whose body it is: a determiner and at most five words. */
  private static int ownerEnd(Doc doc, int k, int to) {
    int end = DETERMINERS.contains(doc.key(k)) || doc.key(k).equals("one") ? k + 1 : k;
    int start = end;
    while (end < to && end - start < 5 && (doc.tokens.get(end).isWord() || doc.key(end).equals("-"))
        && !doc.key(end).equals("was") && !CasualtyWords.STOP.contains(doc.key(end))) {
      end++;
    }
    return end;
  }
}
