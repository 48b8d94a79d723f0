package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/** Finds quantities written in digits or words, with their qualifiers. Thread-safe. */
final class Numbers {

  /** Compiled once: the engine reads every number of every report. */

  private static final Map<String, Integer> UNITS = WordSet.map(Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("single", 1),
      Map.entry("twin", 2), Map.entry("both", 2), Map.entry("dozen", 12), Map.entry("uno", 1)));
  private static final Map<String, Integer> TENS = WordSet.map(Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
      "eighty", 80, "ninety", 90));
  /** Vague plurals, read as a floor in the way the Global Terrorism Database's coders do. */
  private static final Map<String, Integer> VAGUE = WordSet.map(Map.of(
      "dozens", 24, "scores", 40, "hundreds", 200, "thousands", 2000, "tens", 20));

  /** The words before a number that qualify it: {@link #qualifier} reads from these alone. */
  private static final Set<String> QUALIFIERS = Set.of("at", "more", "greater", "upwards", "in", "up", "as", "an",
      "over", "about", "around", "some", "nearly", "almost", "approximately", "roughly", "estimated", "approximate",
      "circa");

  /**
   * Every word but a number's digits that a number phrase may start with: its qualifier's, or a
   * number's in words. Most tokens start none, and one look-up tells them.
   */
  private static final Set<String> WORD_STARTS = wordStarts();

  private static Set<String> wordStarts() {
    Set<String> words = new HashSet<>(QUALIFIERS);
    words.addAll(UNITS.keySet());
    words.addAll(TENS.keySet());
    words.addAll(VAGUE.keySet());
    words.addAll(List.of("a", "one"));
    return WordSet.of(words.toArray(String[]::new));
  }

  /** The largest count read in words: as large as the seven digits a count in digits may have. */
  static final int MAX_VALUE = 9_999_999;

  private Numbers() {}

  static List<NumberPhrase> find(List<Token> tokens) {
    List<NumberPhrase> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).kind() != Token.Kind.NUMBER && !WORD_STARTS.contains(tokens.get(i).key())) {
        i++;
        continue;
      }
      int q = i;
      Qualifier qualifier = Qualifier.EXACT;
      int[] qual = qualifier(tokens, i);
      if (qual != null) {
        qualifier = Qualifier.values()[qual[1]];
        q = i + qual[0];
      }
      int[] num = number(tokens, q);
      if (num != null && i > 0 && (key(tokens, i - 1).equals("no") || key(tokens, i - 1).equals("every"))) {
        num = null; // "no one was hurt" is a zero, read by the casualty rules
      }
      if (num == null) {
        i++;
        continue;
      }
      int end = num[0];
      int value = num[1];
      Qualifier vq = num[2] == 1 && qualifier == Qualifier.EXACT ? Qualifier.AT_LEAST : qualifier;
      out.add(new NumberPhrase(i, end, new Span(tokens.get(i).start(), tokens.get(end - 1).end()),
          new Count(value, vq)));
      i = end;
    }
    return out;
  }

  /** {tokens used, qualifier ordinal} or null. */
  private static int[] qualifier(List<Token> t, int i) {
    String a = key(t, i);
    if (!QUALIFIERS.contains(a)) {
      return null;
    }
    String b = key(t, i + 1);
    if (a.equals("at") && (b.equals("least"))) {
      return new int[] {2, Qualifier.AT_LEAST.ordinal()};
    }
    if ((a.equals("more") || a.equals("greater")) && b.equals("than")) {
      return new int[] {2, Qualifier.MORE_THAN.ordinal()};
    }
    if (a.equals("upwards") && b.equals("of") || a.equals("in") && b.equals("excess") && key(t, i + 2).equals("of")) {
      return new int[] {a.equals("in") ? 3 : 2, Qualifier.MORE_THAN.ordinal()};
    }
    if (a.equals("up") && b.equals("to") || a.equals("as") && b.equals("many") && key(t, i + 2).equals("as")) {
      return new int[] {a.equals("as") ? 3 : 2, Qualifier.UP_TO.ordinal()};
    }
    if (a.equals("an") && b.equals("estimated")) {
      return new int[] {2, Qualifier.ABOUT.ordinal()};
    }
    return switch (a) {
      case "over" -> new int[] {1, Qualifier.MORE_THAN.ordinal()};
      case "about", "around", "some", "nearly", "almost", "approximately", "roughly",
          "estimated", "approximate", "circa" -> new int[] {1, Qualifier.ABOUT.ordinal()};
      default -> null;
    };
  }

  /** {end token, value, vague?1:0} or null. */
  private static int[] number(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Token tok = t.get(i);
    String k = tok.key();
    if (tok.kind() == Token.Kind.NUMBER) {
      if (k.length() > 7 || !asciiDigits(k)) {
        return null; // ordinals, decimals and years-with-suffix are not counts
      }
      int v = Integer.parseInt(k);
      if (key(t, i + 1).equals("million")) {
        return null;
      }
      return new int[] {i + 1, v, 0};
    }
    if (VAGUE.containsKey(k)) {
      if (key(t, i + 1).equals("of") && VAGUE.containsKey(key(t, i + 2))) {
        // "tens of thousands", "hundreds of thousands"
        return new int[] {i + 3, VAGUE.get(k) / 2 * VAGUE.get(key(t, i + 2)), 1};
      }
      return new int[] {i + 1, VAGUE.get(k), 1};
    }
    if ((k.equals("a") || k.equals("one")) && key(t, i + 1).equals("dozen")) {
      return new int[] {i + 2, 12, 0};
    }
    long value = 0; // long, so that a long run of "thousand" cannot wrap past the check below
    int j = i;
    boolean any = false;
    while (j < t.size()) {
      String w = key(t, j);
      if (TENS.containsKey(w)) {
        value += TENS.get(w);
        j++;
        any = true;
        if (key(t, j).equals("-") && UNITS.containsKey(key(t, j + 1))) {
          value += UNITS.get(key(t, j + 1));
          j += 2;
        } else if (UNITS.containsKey(key(t, j)) && UNITS.get(key(t, j)) < 10 && UNITS.get(key(t, j)) > 0) {
          value += UNITS.get(key(t, j));
          j++;
        }
      } else if (UNITS.containsKey(w) && !(w.equals("dozen") && any)) {
        if (w.equals("dozen")) {
          value = Math.max(1, value) * 12;
        } else {
          value += UNITS.get(w);
        }
        j++;
        any = true;
        if (key(t, j).equals("dozen")) {
          value *= 12;
          j++;
        }
      } else if (any && (w.equals("hundred") || w.equals("thousand"))) {
        value = Math.max(1, value) * (w.equals("hundred") ? 100 : 1000);
        j++;
        if (key(t, j).equals("and") && (TENS.containsKey(key(t, j + 1)) || UNITS.containsKey(key(t, j + 1)))) {
          j++;
        }
      } else {
        break;
      }
      if (!any) {
        break;
      }
      if (value > MAX_VALUE) {
        return null; // "thousand thousand thousand ...": no count of people
      }
      String nx = key(t, j);
      if (!(TENS.containsKey(nx) || nx.equals("hundred") || nx.equals("thousand")
          || (UNITS.containsKey(nx) && value >= 100))) {
        break;
      }
    }
    return any ? new int[] {j, (int) value, 0} : null;
  }

  private static String key(List<Token> t, int i) {
    return i < t.size() ? t.get(i).key() : "";
  }

  /** A count written in ASCII digits alone: not "12th", "3.5" or "1990s" (read for every number, so no pattern). */
  private static boolean asciiDigits(String k) {
    for (int c = 0; c < k.length(); c++) {
      if (k.charAt(c) < '0' || k.charAt(c) > '9') {
        return false;
      }
    }
    return !k.isEmpty();
  }
}
