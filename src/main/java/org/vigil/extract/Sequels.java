package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.WordSet;

/**
 * Incidents told as what happened next: a sentence that opens "Hours later", "Later", "Shortly
 * afterwards" continues the story of the incident told before it, so what it does not say for
 * itself (when, where) is that incident's, not the dateline's. Thread-safe.
 */
final class Sequels {

  /** Words that may stand before "later" at a sentence's start: "two hours later", "a few minutes later". */
  private static final Set<String> SPANS = WordSet.of("a", "an", "few", "several", "some", "hours", "hour", "minutes",
      "minute", "moments", "shortly", "soon", "two", "three", "four", "half");
  private static final Set<String> AFTER = WordSet.of("later", "afterwards", "afterward");

  private Sequels() {}

  /**
   * The incident {@code d} continues, when its first sentence opens with words of what followed:
   * the nearest incident before it in the text that is the report's news; null otherwise.
   */
  static @Nullable Draft previous(Doc doc, Draft d, List<Draft> all) {
    if (d.background || !opensSequel(doc, doc.sentenceFirst(d.first().sentence))) {
      return null;
    }
    Draft before = null;
    for (Draft o : all) {
      if (o != d && !o.background && o.first().sentence < d.first().sentence
          && (before == null || o.first().sentence > before.first().sentence)) {
        before = o;
      }
    }
    return before;
  }

  private static boolean opensSequel(Doc doc, int first) {
    for (int i = first; i < first + 4 && i < doc.tokens.size(); i++) {
      String k = doc.key(i);
      if (AFTER.contains(k)) {
        return true;
      }
      if (!SPANS.contains(k) && doc.numbersIn(i, i + 1).isEmpty()) {
        return false;
      }
    }
    return false;
  }
}
