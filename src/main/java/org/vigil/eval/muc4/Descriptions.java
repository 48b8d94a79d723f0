package org.vigil.eval.muc4;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.extract.Victim;

/**
 * MUC-4's human target slots as the task definition fills them: DESCRIPTION is "the title or
 * role of a named human target or a general description of an unnamed human target", and the
 * number of people goes in a slot of its own. So a victim described with a count ("SIX JESUIT
 * PRIESTS") is described without it ("JESUIT PRIESTS"), and a victim named with a title before
 * the name ("MSGR OSCAR ARNULFO ROMERO") is the name, with the title as its description.
 * Stateless.
 */
final class Descriptions {

  /** Words that count or quantify people, not describe them. */
  private static final Set<String> COUNTING = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen",
      "dozens", "several", "some", "many", "at", "least", "about", "around", "nearly", "almost", "over", "more",
      "than", "up", "to", "approximately", "a", "an", "the");
  /** Titles written before a person's name. */
  private static final Set<String> TITLES = Set.of("msgr", "monsignor", "senator", "dr", "doctor", "colonel", "col",
      "general", "gen", "father", "mr", "mrs", "ms", "judge", "mayor", "captain", "lieutenant", "major", "sergeant",
      "bishop", "archbishop", "congressman", "deputy", "minister", "president", "ambassador", "professor",
      "commander", "attorney", "journalist", "businessman", "priest", "lawyer", "engineer", "councilman", "justice",
      "magistrate");

  private Descriptions() {}

  /** A description without the count before it; the words as given when nothing else is left. */
  static String uncounted(String text) {
    String[] words = text.trim().split("\\s+");
    int first = 0;
    while (first < words.length - 1 && counting(words[first])) {
      first++;
    }
    return String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }

  /** The name of a named victim without the titles before it. */
  static String name(Victim v) {
    return name(v.text());
  }

  /** The words of a name without the titles before it. */
  static String name(String text) {
    String[] words = text.trim().split("\\s+");
    return String.join(" ", Arrays.copyOfRange(words, titles(words), words.length));
  }

  /** The titles written before a named victim's name ("MSGR", "SENATOR"), if any. */
  static Optional<String> title(Victim v) {
    String[] words = words(v);
    int first = titles(words);
    return first == 0 ? Optional.empty() : Optional.of(String.join(" ", Arrays.copyOfRange(words, 0, first)));
  }

  private static String[] words(Victim v) {
    return v.text().trim().split("\\s+");
  }

  private static int titles(String[] words) {
    int first = 0;
    // at least two words of name must remain: "GENERAL MOTORS" is not a general
    while (first < words.length - 2 && TITLES.contains(key(words[first]))) {
      first++;
    }
    return first;
  }

  /** A word of count: "SIX", "12", "1,200", "TWENTY-EIGHT". */
  private static boolean counting(String word) {
    return Arrays.stream(key(word).split("-")).allMatch(k -> COUNTING.contains(k)
        || !k.isEmpty() && k.chars().allMatch(c -> Character.isDigit(c) || c == ','));
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
  }
}
