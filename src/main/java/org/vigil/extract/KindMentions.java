package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Violence named as a kind, not as an event: "the committee denounced political assassinations",
 * "those who favour bombings and kidnappings", "measures against kidnappings". Every trigger of
 * every mention is a bare plural noun of events (no article, number, possessive or demonstrative
 * before it in its noun phrase), and the report gives the incident no date but the dateline's, no
 * toll and no one harmed. "Three explosions shook the town", "the latest attacks on the pipeline"
 * and "bombings on Monday" stay events. Stateless.
 */
final class KindMentions {

  /** Tokens before a trigger searched for a word that makes it one event. */
  private static final int REACH = 4;

  /**
   * Plural nouns of violent events besides those in -ings and -ions. Plural weapons are left out:
   * "rebels set off bombs at a power station" tells its event with the verb.
   */
  private static final Set<String> EVENTS = WordSet.of("attacks", "ambushes", "massacres", "raids", "murders",
      "blasts", "assaults");

  /** Words that single out the events of a plural noun. */
  private static final Set<String> SPECIFIC = WordSet.of("the", "these", "those", "this", "that", "its", "their",
      "his", "her", "our", "both", "more", "last", "latest", "recent", "yesterday", "today", "tonight", "s");

  /** Words that end the noun phrase before a trigger: what comes before them is not its determiner. */
  private static final Set<String> BOUNDARY = WordSet.of("of", "in", "on", "at", "by", "for", "with", "against",
      "from", "to", "and", "or", "like", "about", "such", "as");

  private KindMentions() {}

  /** True when the candidate names violence only as a kind, with nothing that makes it one incident. */
  static boolean only(Doc doc, Draft d, Incident i) {
    Casualties c = i.casualties();
    boolean dated = i.date() != null && i.date().text() != null; // a date of its own, not the dateline's
    if (dated || !i.victims().isEmpty() || c.killed() != null || c.wounded() != null || c.kidnapped() != null
        || c.arrested() != null) {
      return false;
    }
    return d.mentions.stream().allMatch(m -> m.triggers().stream().allMatch(t -> barePlural(doc, m, t)));
  }

  private static boolean barePlural(Doc doc, EventMention m, Match<Cue> t) {
    String last = doc.key(t.endToken() - 1);
    if (!last.endsWith("ings") && !last.endsWith("ions") && !EVENTS.contains(last)) {
      return false;
    }
    int from = Math.max(doc.sentenceFirst(m.sentence), t.firstToken() - REACH);
    for (int k = t.firstToken() - 1; k >= from; k--) {
      String w = doc.key(k);
      if (SPECIFIC.contains(w) || w.endsWith("'s") || doc.tokens.get(k).kind() == Token.Kind.NUMBER
          || !doc.numbersIn(k, k + 1).isEmpty()) {
        return false;
      }
      if (BOUNDARY.contains(w) || !doc.tokens.get(k).isWord()) {
        return true;
      }
    }
    return true;
  }
}
