package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * The fate of people a report counted as taken: "Gunmen abducted nine traders ... The hostages
 * were shot and killed on Friday", "... Their bodies were found on Friday." The killing names them
 * without a number; they are as many as were taken. Thread-safe.
 */
final class HostageFates {

  private HostageFates() {}

  private static final Set<String> CAPTIVES = WordSet.of("hostages", "captives", "abductees");

  private static final Set<String> FOUND = WordSet.of("found", "recovered", "discovered", "retrieved");

  private static final Set<String> LATER = WordSet.of("later", "then", "subsequently", "eventually", "afterwards");

  /**
   * Whether mention {@code m} tells the fate of kidnapping {@code d}'s captives, not another attack,
   * whatever day it gives: "The three men were later beheaded", "The hostages were shot on June 16",
   * "The soldier was killed the next day" after "abducted a soldier".
   */
  static boolean toldAfter(Doc doc, Draft d, EventMention m) {
    if (d.type() != IncidentType.KIDNAPPING) {
      return false;
    }
    int first = doc.sentenceFirst(m.sentence);
    for (int k = first; k < m.head().firstToken(); k++) {
      if (LATER.contains(doc.key(k))) {
        return true;
      }
    }
    if (!doc.key(first).equals("the")) {
      return false;
    }
    int noun = first + 1;
    if (!doc.numbersIn(noun, noun + 1).isEmpty()) {
      noun++; // "The five hostages"
    }
    if (!doc.key(noun + 1).equals("was") && !doc.key(noun + 1).equals("were")) {
      return false;
    }
    String k = doc.key(noun);
    if (CAPTIVES.contains(k)) {
      return true;
    }
    for (int[] r : d.ranges(doc, false)) {
      for (int i = r[0]; i < r[1]; i++) {
        if (doc.key(i).equals(k) && doc.tokens.get(i).isWord() && k.length() > 3) {
          return true; // "abducted a border soldier ... The soldier was shot"
        }
      }
    }
    return false;
  }

  /**
   * A figure of the killed for "the hostages were killed" in tokens {@code [from, to)}, as many as
   * the largest number of people {@code figures} count as kidnapped before it.
   */
  static Optional<CasualtyRules.Figure> killed(Doc doc, int from, int to, List<CasualtyRules.Figure> figures) {
    for (int i = from + 1; i < to; i++) {
      boolean bodies = doc.key(i).equals("bodies") && doc.key(i - 1).equals("their"); // "Their bodies were found"
      if (!bodies && (!CAPTIVES.contains(doc.key(i)) || !doc.key(i - 1).equals("the")) || !doc.key(i + 1).equals("were")
          || doc.key(i - 2).equals("of")) {
        continue; // "two of the hostages were killed": a part, counted by its own number
      }
      int verb = i + 2;
      if (doc.key(verb).endsWith("ly") || doc.key(verb).equals("later") || doc.key(verb).equals("then")) {
        verb++; // "were later killed", "were summarily executed"
      }
      verb = CasualtyWords.shotAnd(doc, verb);
      boolean found = bodies && FOUND.contains(doc.key(verb)) && !CasualtyWords.killingIn(doc, doc.sentenceFirst(doc.sentenceOf[i]), i); // not "were killed and their bodies"
      if (!found && !CasualtyWords.KILL.contains(doc.key(verb)) && !CasualtyWords.fatalPhrase(doc, verb)) {
        continue;
      }
      int at = doc.tokens.get(i).start();
      int taken = 0;
      for (CasualtyRules.Figure f : figures) {
        if (f.role() == CasualtyRules.Role.KIDNAPPED && !f.perpetrators() && f.span().end() <= at) {
          taken = Math.max(taken, f.count().value());
        }
      }
      if (taken > 0) {
        return Optional.of(new CasualtyRules.Figure(CasualtyRules.Role.KILLED, Count.exact(taken), false, false,
            doc.sentenceOf[i], doc.span(i - 1, i + 1), "", false, false, false));
      }
    }
    return Optional.empty();
  }
}
