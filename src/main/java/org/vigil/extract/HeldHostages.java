package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * "Gunmen are holding 30 bus passengers hostage near Zinder", "militants have taken 12 workers
 * hostage": people said to hold a counted number of others hostage, in the report's own news, are
 * an incident whatever the learned relevance score says (it learned "hostage" mostly from hostages
 * named in passing, in talk of arms deals and releases). Stateless.
 */
final class HeldHostages {

  /** Verbs of taking or holding before the people held: "are holding", "have taken", "took". */
  private static final Set<String> HOLDING = WordSet.of("holding", "hold", "holds", "held", "taken", "took", "seized",
      "taking");
  /** Words a taking and its "hostage" may have between them: the people held, up to this many. */
  private static final int MAX_HELD = 8;

  private HeldHostages() {}

  /** True when the candidate is a hostage-taking of counted people by someone described or named, told as news. */
  static boolean told(Doc doc, Draft d, Incident i) {
    if (i.type() != IncidentType.HOSTAGE_BARRICADE && i.type() != IncidentType.KIDNAPPING || i.background()
        || i.status() != Status.ACCOMPLISHED || i.casualties().kidnapped() == null
        || i.casualties().kidnapped().value() <= 0 || i.evidence().stream().noneMatch(e -> e.field().equals("perpetrators"))) {
      return false;
    }
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        String k = doc.key(t.firstToken());
        if ((k.equals("hostage") || k.equals("hostages")) && taking(doc, doc.sentenceFirst(m.sentence), t.firstToken())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb of taking or holding stands at most {@link #MAX_HELD} words before "hostage", in its sentence. */
  private static boolean taking(Doc doc, int sentenceFirst, int hostage) {
    for (int k = hostage - 1; k >= sentenceFirst && hostage - k <= MAX_HELD; k--) {
      if (HOLDING.contains(doc.key(k))) {
        return true;
      }
      if (doc.key(k).equals(",") || doc.key(k).equals(";")) {
        return false;
      }
    }
    return false;
  }
}
