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
    return verbPastAppositive(doc, end);
  }

  /** Most tokens between a phrase and its verb of saying or judging across a name and an appositive. */
  private static final int APPOSITIVE = 16;
  /** Words between a subject and its verb that leave it active: "has strongly condemned", "also said". */
  private static final Set<String> AUXILIARIES = org.vigil.text.WordSet.of("has", "have", "had", "also", "today",
      "yesterday", "later", "again", "publicly");
  /** Words inside an appositive of titles and offices: "vice president of the republic and interior minister". */
  private static final Set<String> TITLE_GLUE = org.vigil.text.WordSet.of("and", "of", "the", "for", "'s", "-");

  /**
   * "Interior Minister Carlos Mendoza has strongly condemned", "CARLOS MENDOZA, VICE PRESIDENT AND
   * INTERIOR MINISTER, HAS CONDEMNED": the phrase is the subject of a verb of saying or judging
   * that comes after the person's name, the rest of the titles and one appositive between commas,
   * and active auxiliaries or adverbs; not "was condemned" (the passive names who was judged).
   */
  private static boolean verbPastAppositive(Doc doc, int end) {
    int limit = Math.min(doc.tokens.size(), end + APPOSITIVE);
    int i = end;
    while (i < limit && titleOrName(doc, i)) {
      i++;
    }
    if (i < limit && doc.key(i).equals(",")) {
      int j = i + 1;
      while (j < limit && titleOrName(doc, j)) {
        j++;
      }
      if (j > i + 1 && j < limit && doc.key(j).equals(",")) {
        return verbAt(doc, j + 1, limit); // the name, then its appositive
      }
      return verbAt(doc, i + 1, limit); // the end of an appositive the phrase is in
    }
    return i > end && verbAt(doc, i, limit);
  }

  /** A verb of saying or judging at {@code i}, after active auxiliaries and adverbs. */
  private static boolean verbAt(Doc doc, int i, int limit) {
    while (i < limit && (AUXILIARIES.contains(doc.key(i)) || doc.key(i).endsWith("ly") && doc.key(i).length() > 4)) {
      i++;
    }
    String k = doc.key(i);
    return i < limit && (JUDGING.contains(k) || Assembler.REPORTING.contains(k) && k.endsWith("d"));
  }

  /** A word of a name or of titles and offices ("Interior", "Minister", "Carlos"), or the words joining them. */
  private static boolean titleOrName(Doc doc, int i) {
    String k = doc.key(i);
    return TITLE_GLUE.contains(k) || Persons.TITLES.contains(k) || Persons.nameWord(doc, i, true) && !AUXILIARIES.contains(k)
        && !JUDGING.contains(k) && !Assembler.REPORTING.contains(k) && !k.endsWith("ly");
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
