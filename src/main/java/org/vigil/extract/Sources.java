package org.vigil.extract;

import java.util.Set;

/**
 * Phrases that name a source of the news, not a party to the violence: "provincial officials
 * said", "the mayor's spokesman told reporters", "according to the district governor", "police
 * blamed the group", "a court in the capital sentenced". A speaker is never what was attacked.
 * Stateless.
 */
final class Sources {

  /** Words after a source that put the blame, as a report's source does. */
  private static final Set<String> BLAMING = Set.of("blamed", "attributed");
  /** Verbs of judging: "a court in Mogadishu sentenced five men", "the council condemned" judged the attack, not suffered it. */
  private static final Set<String> JUDGING = Set.of("sentenced", "convicted", "jailed", "acquitted", "indicted", "condemned",
      "denounced", "deplored");
  /** How far before a phrase its "according to" may stand ("according to the district governor"). */
  private static final int BEFORE = 4;
  /** How far after a phrase its verb of saying may stand ("officials in the province said"). */
  private static final int AFTER = 4;
  /**
   * As {@link #AFTER} when the phrase opens its sentence and a place follows it, with no comma
   * before the verb: "Police in the Indian state of Chhattisgarh said".
   */
  private static final int AFTER_PLACE = 8;

  private Sources() {}

  /** True when the tokens {@code [first, end)} name who said or blamed, not who suffered. */
  static boolean speaker(Doc doc, int first, int end) {
    for (int i = first - 1; i >= 0 && i >= first - BEFORE; i--) {
      String k = doc.key(i);
      if (k.equals("to")) {
        return doc.key(i - 1).equals("according");
      }
      boolean modifier = doc.tokens.get(i).isWord() && !Phrases.isFunctionWord(k) || k.equals("'") || k.equals("s");
      if (!modifier && !k.equals("the") && !k.equals("a") && !k.equals("an")) {
        break;
      }
    }
    boolean opens = first - doc.sentenceFirst(doc.sentenceOf[first]) <= 1;
    int reach = opens && doc.key(end).equals("in") ? AFTER_PLACE : AFTER;
    for (int i = end; i < end + reach && i < doc.tokens.size(); i++) {
      String k = doc.key(i);
      if (reach == AFTER_PLACE && !doc.tokens.get(i).isWord()) {
        return false; // the place's words, then at once the verb
      }
      if ((Assembler.REPORTING.contains(k) || BLAMING.contains(k) || JUDGING.contains(k))
          && (doc.allCaps || !doc.tokens.get(i).capitalised())) {
        // not "(Malik Lal Said)": a verb of saying is written in small letters
        return true;
      }
      if (doc.triggerStartsAt(i)) {
        return false;
      }
    }
    return false;
  }

  /** "the army said": a force quoted as the source of the news. */
  static boolean forceQuoted(Doc doc, int end) {
    return FORCE_REPORTING.contains(doc.key(end)) || FORCE_REPORTING.contains(doc.key(end + 1));
  }

  /**
   * "..., the French army said": a force quoted as the source of the news about others; not one
   * that tells of its own acts ("the army said it killed", "said its jets struck").
   */
  static boolean forceQuotedOnOthers(Doc doc, int forceEnd) {
    int end = doc.datesIn(forceEnd, forceEnd + 2).stream().findFirst().map(DateMention::end).orElse(forceEnd); // "on Friday condemned"
    int say = FORCE_REPORTING.contains(doc.key(end)) ? end : end + 1;
    int next = doc.key(say + 1).equals("that") ? say + 2 : say + 1;
    return forceQuoted(doc, end) && !SELF.contains(doc.key(next));
  }

  private static final Set<String> SELF = org.vigil.text.WordSet.of("it", "its", "they", "their", "troops", "soldiers", "forces");

  static final Set<String> FORCE_REPORTING = org.vigil.text.WordSet.of("said", "says", "say", "told", "reported", "spokesman",
      "spokeswoman", "spokesperson", "statement", "confirmed", "announced", "added", "condemned", "denounced");
}
