package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One filler line of a key slot, parsed: {@code ? "A" / "B": "X"} is the optional string filler
 * with alternatives A and B, cross-referenced to X. Stateless.
 *
 * @param strings the quoted alternatives before any cross-reference; empty for set fills
 * @param words the unquoted set-fill alternatives ("BOMBING / ATTACK"); empty for strings
 * @param crossRefs the quoted strings after the colon
 * @param optional true when the line starts with {@code ?}
 */
record Fillers(List<String> strings, List<String> words, List<String> crossRefs, boolean optional) {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  Fillers {
    strings = List.copyOf(strings);
    words = List.copyOf(words);
    crossRefs = List.copyOf(crossRefs);
  }

  /** True for the null fills {@code *} and {@code -} and blank lines. */
  boolean isNull() {
    return strings.isEmpty() && words.isEmpty();
  }

  static Fillers parse(String value) {
    String v = value.strip();
    boolean optional = v.startsWith("?");
    if (optional) {
      v = v.substring(1).strip();
    }
    if (v.isEmpty() || v.equals("*") || v.equals("-")) {
      return new Fillers(List.of(), List.of(), List.of(), optional);
    }
    int colon = colonOutsideQuotes(v);
    String head = colon < 0 ? v : v.substring(0, colon);
    String tail = colon < 0 ? "" : v.substring(colon + 1);
    List<String> strings = quoted(head);
    List<String> refs = quoted(tail);
    List<String> words = new ArrayList<>();
    if (strings.isEmpty()) {
      for (String w : head.split("/")) {
        String t = w.replace("?", "").strip();
        if (!t.isEmpty() && !t.equals("-") && !t.equals("*")) {
          words.add(t);
        }
      }
    }
    return new Fillers(strings, words, refs, optional);
  }

  private static List<String> quoted(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(s);
    while (m.find()) {
      if (!m.group(1).isBlank()) {
        out.add(m.group(1).strip());
      }
    }
    return out;
  }

  private static int colonOutsideQuotes(String s) {
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        in = !in;
      } else if (c == ':' && !in) {
        return i;
      }
    }
    return -1;
  }
}
