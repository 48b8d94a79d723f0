package org.vigil.eval.wikievents;

import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Text;

/**
 * Head words of mentions, for matching a predicted string with a gold mention as the WikiEvents
 * literature does: the last word of the phrase before any prepositional or relative tail
 * ("Syrian Observatory for Human Rights" is "observatory", "the 12 worshippers" is
 * "worshippers", "Major General Vyacheslav Gladkikh" is "gladkikh"), after {@link Text#normalize}
 * and without a possessive "'s". Stateless.
 */
public final class HeadWords {

  private static final Pattern TAIL = Pattern.compile(
      "(?i)[,;:(\\[]|\\s(of|for|in|at|on|from|with|near|by|to|who|whom|which|that|whose|after|during|"
          + "outside|inside|under|over|against|including|as)\\s");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)['\u2019]s\\b");
  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
      "ours", "ourselves", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her",
      "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
      "whom", "whose", "which", "that", "this", "these", "those", "one", "ones");

  private HeadWords() {}

  /** The head word of a mention; empty when it has no word. */
  public static String of(String mention) {
    String m = " " + mention.strip() + " ";
    java.util.regex.Matcher t = TAIL.matcher(m);
    // a tail at the very start ("of the city") is not a tail: the phrase has no head before it
    while (t.find()) {
      if (!Text.normalize(m.substring(0, t.start())).isEmpty()) {
        m = m.substring(0, t.start());
        break;
      }
    }
    String n = Text.normalize(POSSESSIVE.matcher(m).replaceAll(" "));
    int space = n.lastIndexOf(' ');
    return space < 0 ? n : n.substring(space + 1);
  }

  /** True for a personal, possessive, relative or demonstrative pronoun standing alone. */
  public static boolean pronoun(String mention) {
    return PRONOUNS.contains(Text.normalize(mention));
  }

  /** True when the predicted string's head word is the head word of one of the entity's mentions. */
  public static boolean match(GoldEntity gold, String predicted) {
    String h = of(predicted);
    return !h.isEmpty() && gold.mentions().stream().anyMatch(g -> of(g).equals(h));
  }
}
