package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.text.PhraseTrie;
import org.vigil.text.PhraseTrie.Match;

/** A lexicon entry: its category ("trigger.strong", "weapon", "cue", ...) and label. */
record Cue(String category, String label) {

  boolean is(String cat, String lab) {
    return category.equals(cat) && label.equals(lab);
  }

  boolean isTrigger() {
    return category.startsWith("trigger.");
  }

  /** The categories of cues, triggers first, whose overlapping matches give way to the longest. */
  private static final List<String> EXCLUSIVE = List.of("trigger", "weapon", "weaponhint", "target", "perp", "agency",
      "force");

  /**
   * The lexicon's matches that the rules read, sorted by span: of each category of {@link
   * #EXCLUSIVE} (all triggers as one), the longest matches that do not overlap; of the plain
   * cues, the {@link #outermost}; none of other categories. Each match is sorted into its
   * category in one pass.
   */
  static List<Match<Cue>> kept(List<Match<Cue>> matches) {
    List<List<Match<Cue>>> byCategory = new ArrayList<>();
    for (int k = 0; k <= EXCLUSIVE.size(); k++) {
      byCategory.add(new ArrayList<>());
    }
    for (Match<Cue> m : matches) {
      String category = m.value().category();
      int k = m.value().isTrigger() ? 0 : category.equals("cue") ? EXCLUSIVE.size()
          : category.equals("trigger") ? -1 : EXCLUSIVE.indexOf(category);
      if (k >= 0) {
        byCategory.get(k).add(m);
      }
    }
    List<Match<Cue>> out = new ArrayList<>();
    for (int k = 0; k < EXCLUSIVE.size(); k++) {
      out.addAll(PhraseTrie.longestNonOverlapping(byCategory.get(k)));
    }
    out.addAll(outermost(byCategory.get(EXCLUSIVE.size())));
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /**
   * Labels of cues that a longer cue of another label around them overrides: words of what a story
   * is about ("board", "goal", "shares"), and a recalling tense ("have killed") inside a claim of
   * the act itself ("claiming to have killed 30 soldiers").
   */
  private static final java.util.Set<String> TOPICS = java.util.Set.of("sport", "business", "bgtime");

  /**
   * The cues, but one of {@link #TOPICS} strictly inside a longer cue of another label: the longer phrase
   * says what the words are ("all 20 people on board" a bus are no company's "board").
   */
  static List<Match<Cue>> outermost(List<Match<Cue>> cues) {
    List<Match<Cue>> out = new ArrayList<>(cues.size());
    for (Match<Cue> c : cues) {
      if (!TOPICS.contains(c.value().label()) || cues.stream().noneMatch(o -> around(o, c))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean around(Match<Cue> o, Match<Cue> c) {
    return o.firstToken() <= c.firstToken() && c.endToken() <= o.endToken()
        && o.endToken() - o.firstToken() > c.endToken() - c.firstToken() && !o.value().label().equals(c.value().label());
  }
}
