package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One name, several registry entries ("National Liberation Army" in Colombia and in North
 * Macedonia, a "Ministry of Intelligence" in many states): keep the entry that operates in a
 * country the report names and, among those, the one whose canonical name is the words
 * written ("Taliban" is the Taliban, though the Pakistani Taliban share the name); else the
 * first.
 */
final class Ambiguity {

  private Ambiguity() {}

  /**
   * @param dropForeign drop a mention whose entries all belong to other countries (a state
   *     agency abroad is rarely meant by a generic name such as "National Police")
   */
  static <T extends NamedMention<?>> List<T> resolve(List<T> mentions, Function<T, List<String>> countries,
      Set<String> reportCountries, boolean dropForeign, String text) {
    List<T> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i + 1;
      while (j < mentions.size() && mentions.get(j).span().equals(mentions.get(i).span())) {
        j++;
      }
      List<T> same = mentions.subList(i, j);
      T pick = same.get(0);
      if (same.size() > 1) {
        int best = -1;
        for (T m : same) {
          int score = (countries.apply(m).stream().anyMatch(reportCountries::contains) ? 2 : 0)
              + (lettersOf(m.name()).equals(lettersOf(m.span().of(text))) ? 1 : 0);
          if (score > best) {
            best = score;
            pick = m;
          }
        }
      }
      if (!dropForeign || reportCountries.isEmpty() || countries.apply(pick).isEmpty()
          || countries.apply(pick).stream().anyMatch(reportCountries::contains)) {
        out.add(pick);
      }
      i = j;
    }
    return out;
  }

  /** "Al Shabaab" is written "Al-Shabaab" too: the canonical name compared on its letters and digits. */
  private static String lettersOf(String s) {
    return NOT_LETTERS.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }

  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
}
