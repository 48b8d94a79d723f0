package org.vigil.extract;

import java.util.Set;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * A group named only as the author of the campaign that frames an incident: "bombed the slums during
 * the rebels' offensive by the FMLN", "amid the FMLN offensive". The incident happened in the time
 * of the group's campaign; the phrase says when, not who acted. Unless the campaign is all the
 * incident's words tell ("ten died during the FMLN offensive"). Thread-safe.
 */
final class CampaignFrames {

  /** Nouns of a campaign, which last and frame the incidents that happen in their time. */
  private static final Set<String> CAMPAIGNS = WordSet.of("offensive", "offensives", "campaign", "uprising",
      "insurrection", "war", "fighting");
  /** Words that open a phrase of time. */
  private static final Set<String> FRAMES = WordSet.of("during", "amid", "amidst", "since", "throughout");
  /** Most words between the frame word and the campaign noun: "during the recent general offensive". */
  private static final int MAX_WORDS = 4;

  private CampaignFrames() {}

  /** Whether {@code g} is named only as the author of a campaign framing the incident {@code d}. */
  static boolean framing(Doc doc, Draft d, NamedMention<Group> g) {
    String before = doc.key(g.first() - 1);
    if (before.equals("[") || before.equals("(")) { // "by the FMLN [Farabundo Marti ...]": as the name before
      for (NamedMention<Group> named : doc.groups) {
        if (named.end() == g.first() - 1) {
          return framing(doc, d, named);
        }
      }
    }
    int noun;
    if (CAMPAIGNS.contains(doc.key(g.end()))) {
      noun = g.end(); // "during the FMLN offensive"
      if (!framedFrom(doc, g.first() - 1)) {
        return false;
      }
    } else {
      int k = g.first() - 1;
      if (doc.key(k).equals("the")) {
        k--;
      }
      if (!doc.key(k).equals("by") && !doc.key(k).equals("of")) {
        return false;
      }
      noun = k - 1; // "during the offensive by the FMLN"
      if (!CAMPAIGNS.contains(doc.key(noun)) || !framedFrom(doc, noun - 1)) {
        return false;
      }
    }
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        if (t.endToken() <= noun || t.firstToken() > noun) {
          return true; // another word tells the incident: "bombed ... during the offensive"
        }
      }
    }
    return false; // the campaign is the incident: "ten died during the FMLN offensive"
  }

  /** Whether a frame word opens the phrase ending at token {@code last}, with few words between. */
  private static boolean framedFrom(Doc doc, int last) {
    int floor = Math.max(0, last - MAX_WORDS);
    for (int k = last; k >= floor; k--) {
      if (FRAMES.contains(doc.key(k))) {
        return true;
      }
      if (!doc.tokens.get(k).isWord() && !doc.key(k).equals("'")) {
        return false;
      }
    }
    return false;
  }
}
