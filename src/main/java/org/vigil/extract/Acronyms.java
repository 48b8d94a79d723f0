package org.vigil.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.registry.Named;

/**
 * An acronym in parentheses right after a name is that name's ("Afghan National Army (ANA)"):
 * a registry entry with the same alias and another name ("Albanian National Army") is not meant.
 * Stateless.
 */
final class Acronyms {

  /** Compiled once: what separates the words before a bracketed acronym. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The longest acronym read as a definition. */
  static final int MAX_LETTERS = 8;

  private Acronyms() {}

  /** {@code found} without the acronyms the text defines as another name than the entry's. */
  static <T extends Named> List<NamedMention<T>> keepOwn(String text, List<NamedMention<T>> found) {
    List<NamedMention<T>> out = new ArrayList<>(found.size());
    for (NamedMention<T> m : found) {
      String definer = m.entry() == null ? null : definer(text, m.span().start(), m.span().end());
      if (definer == null || own(m.entry(), definer)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The words the acronym at {@code [start, end)} abbreviates, when it stands in parentheses after them. */
  static String definer(String text, int start, int end) {
    String acronym = text.substring(start, end);
    if (acronym.length() < 2 || acronym.length() > MAX_LETTERS || !acronym.chars().allMatch(Character::isUpperCase)
        || start < 2 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')') {
      return null;
    }
    String before = text.substring(Math.max(0, start - 1 - 12 * MAX_LETTERS), start - 1).stripTrailing();
    String[] words = SPACES.split(before);
    StringBuilder initials = new StringBuilder();
    int first = words.length;
    while (first > 0 && initials.length() < acronym.length()) {
      String w = words[first - 1];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the")) {
          first--;
          continue;
        }
        break;
      }
      initials.insert(0, w.charAt(0));
      first--;
    }
    if (!initials.toString().equals(acronym)) {
      return null;
    }
    return String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }

  private static boolean own(Named entry, String definer) {
    String d = definer.toLowerCase(Locale.ROOT);
    return entry.name().toLowerCase(Locale.ROOT).equals(d)
        || entry.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(d));
  }
}
