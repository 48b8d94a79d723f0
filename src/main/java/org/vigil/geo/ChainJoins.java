package org.vigil.geo;

import java.util.List;

/**
 * What lies between the tokens of a written admin chain ("Bagrami district, Kabul", "Kurram
 * district (Khyber)", "Lee's Summit"): the joins and unit words {@link ChainReader} reads links
 * by. Single use, for one text.
 */
final class ChainJoins {

  private final String text;
  private final List<Token> tokens;

  ChainJoins(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Where the name of a kept phrase {@code [first, nameEnd)} ends: "between Markoye and
   * Tokabangou" writes two places, not one name, and the first is kept (where the stretch of road
   * begins); any other phrase keeps its whole name.
   */
  int firstOfTwo(int first, int nameEnd) {
    if (first == 0 || !tokens.get(first - 1).norm().equals("between")) {
      return nameEnd;
    }
    for (int i = first + 1; i < nameEnd - 1; i++) {
      if (tokens.get(i).norm().equals("and")) {
        return i;
      }
    }
    return nameEnd;
  }

  /** Whether the token at {@code i} is a unit word ("district"). */
  boolean unitAfter(int i) {
    return i < tokens.size() && unit(i);
  }

  /** Whether a unit word and a comma come just before token {@code i} ("... district, Kabul"). */
  boolean unitBefore(int i) {
    return i > 0 && unit(i - 1) && joined(i, i) == 0
        && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",");
  }

  /** Whether token {@code i} is a unit word of an area, not of a police district. */
  boolean unit(int i) {
    return ChainWords.UNITS.contains(tokens.get(i).norm()) && !policeDistrict(i);
  }

  /** Whether token {@code i} ends a police district ("5th Police District"): a quarter of a town, not an area of a province. */
  boolean policeDistrict(int i) {
    return i > 0 && i < tokens.size() && tokens.get(i).norm().equals("district") && tokens.get(i - 1).norm().equals("police");
  }

  /**
   * How the words ending before token {@code end} are joined to a container starting at token
   * {@code next}: ',' for a comma, '(' for a parenthesis, 'i' for "in"; 0 when they are not.
   */
  char joined(int end, int next) {
    if (end <= 0 || next >= tokens.size() || next < end
        || tokens.get(end - 1).sentence() != tokens.get(next).sentence()) {
      return 0;
    }
    String gap = text.substring(tokens.get(end - 1).end(), tokens.get(next).start()).strip();
    int space = gap.indexOf(' ');
    String head = space < 0 ? asciiLetters(gap) : gap.substring(0, space);
    String word = Names.normalize(head);
    if (!word.isEmpty() && !word.equals("in") && (Level.of(word) != Level.NONE || ChainWords.UNITS.contains(word))) {
      gap = gap.substring(head.length()).strip(); // "Benue State, Nigeria", "Kurram district (Khyber)"
    }
    if (gap.startsWith("in ") && WordLists.DIRECTIONS.contains(Names.normalize(gap.substring(3).strip()))) {
      return 'i'; // "Palma in northern Mozambique"
    }
    return switch (gap) {
      case "," -> ',';
      case "(" -> '(';
      case "in" -> 'i';
      default -> 0;
    };
  }

  /** Only spaces, hyphens or a possessive between two tokens ("Lee's Summit", "Tungar-Rogo"). */
  boolean plainGap(int a, int b) {
    int from = tokens.get(a).end();
    int to = tokens.get(b).start();
    if (to - from >= 3 && (text.charAt(from) == '\'' || text.charAt(from) == '’') && text.charAt(from + 1) == 's') {
      return only(from + 2, to, false);
    }
    return only(from, to, true);
  }

  /** Whether {@code text} holds one or more characters from {@code from} to {@code to}, each white space or a permitted hyphen. */
  private boolean only(int from, int to, boolean hyphens) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(hyphens && c == '-') && " \t\n\u000B\f\r".indexOf(c) < 0) {
        return false;
      }
    }
    return from < to;
  }

  /** The ASCII letters of {@code s}, in order. */
  private static String asciiLetters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the container before token {@code end} owns the area at {@code next}: "Mozambique's Cabo Delgado". */
  boolean possessive(int end, int next) {
    return end > 0 && next < tokens.size() && next >= end
        && text.substring(tokens.get(end - 1).end(), tokens.get(next).start()).matches("['’]s\\s+");
  }
}
