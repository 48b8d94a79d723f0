package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * A word of war that only says when or how long, not what happened: "after five days of fighting",
 * "on the fourth day of combat", "the victims of the fighting", "during the offensive". Such a word
 * tells a war going on, the time of the incidents told around it, and is no incident itself. Nor is
 * one that only qualifies a noun ("combat pilots", "battle reports"), nor violence named as a state
 * of things ("a wave of violence", "the climate of violence"). Thread-safe.
 */
final class WarFrames {

  /** Weak words of a war going on. */
  private static final Set<String> WAR = WordSet.of("fighting", "combat", "combats", "battle", "battles", "offensive",
      "war", "hostilities");
  /** Nouns of time or of those a war harms, whose "of" phrase the war word completes. */
  private static final Set<String> SPANS = WordSet.of("day", "days", "hours", "hour", "weeks", "week", "months",
      "month", "years", "year", "night", "nights", "victims", "course", "midst", "wake", "aftermath", "time",
      "period");
  /** Words that open a phrase of time. */
  private static final Set<String> FRAMES = WordSet.of("during", "amid", "amidst", "throughout");
  /** Words that may stand between the frame or "of" and the war word: "of the fighting", "during heavy fighting". */
  private static final Set<String> BETWEEN = WordSet.of("the", "this", "that", "recent", "latest", "current",
      "heavy", "fierce", "intense", "renewed", "general", "its", "their", "rebel", "guerrilla");

  /** Nouns a war word qualifies: "combat pilots", "battle reports", "offensive tactics". */
  private static final Set<String> QUALIFIED = WordSet.of("pilots", "pilot", "planes", "plane", "aircraft", "jets",
      "helicopters", "area", "areas", "zone", "zones", "report", "reports", "tactics", "units", "unit", "troops",
      "training", "readiness", "experience", "duty", "gear", "uniform", "uniforms", "capability", "capacity");
  /** Nouns that make violence a state of things: "a wave of violence", "an increase in violence". */
  private static final Set<String> STATES = WordSet.of("wave", "waves", "climate", "increase", "rise", "escalation",
      "level", "levels", "amount", "spiral", "cycle", "surge", "upsurge", "atmosphere", "situation", "culture",
      "outbreaks", "resurgence", "growth", "state", "years", "decades");

  private WarFrames() {}

  /** Whether the weak trigger {@code t} only frames the time, qualifies a noun or names a state of violence. */
  static boolean only(Doc doc, Match<Cue> t) {
    if (!t.value().category().equals("trigger.weak") || t.endToken() - t.firstToken() != 1) {
      return false;
    }
    String word = doc.key(t.firstToken());
    if (word.equals("violence")) {
      int k = doc.key(t.firstToken() - 1).equals("the") ? t.firstToken() - 2 : t.firstToken() - 1;
      return (doc.key(k).equals("of") || doc.key(k).equals("in")) && STATES.contains(doc.key(k - 1));
    }
    if (!WAR.contains(word)) {
      return false;
    }
    if (QUALIFIED.contains(doc.key(t.endToken())) && !word.equals("fighting")) {
      return true; // "combat pilots"; not "fighting troops", where "fighting" may be the verb
    }
    int k = t.firstToken() - 1;
    while (k >= 0 && t.firstToken() - k <= 3 && BETWEEN.contains(doc.key(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = doc.key(k);
    return FRAMES.contains(w) || w.equals("of") && SPANS.contains(doc.key(k - 1));
  }
}
