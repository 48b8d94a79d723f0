package org.vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitting over tokens: a sentence ends at '.', '!' or '?' followed by a
 * capitalised word, a quote or a digit, unless the dot belongs to a known abbreviation or an
 * initial; a blank line always ends a sentence and starts a paragraph. A run of more than
 * {@link #MAX_TOKENS} tokens without an end (a table, a text without punctuation) is cut into
 * pieces of that length, so that the work done per sentence stays bounded. Thread-safe.
 */
public final class Sentences {

  /** Longest sentence, in tokens; the longest in 13,000 real news texts (paragraphs run together) has about 500. */
  public static final int MAX_TOKENS = 1000;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "maj", "gov", "sen", "rep",
      "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "nos", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "am", "pm", "eg", "ie", "approx",
      "prof", "rev", "brig", "adm", "cmdr", "pres", "cpl", "pvt", "fig", "ft", "mt", "esq");

  private Sentences() {}

  public static List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    int paragraph = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean breakAfter = false;
      boolean newParagraph = false;
      if (i + 1 < tokens.size()) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        newParagraph = blankLineBetween(text, t.end(), next.start());
        breakAfter = newParagraph || endsSentence(tokens, i, next, text);
      }
      if (breakAfter || i + 1 == tokens.size() || i + 1 - first == MAX_TOKENS) {
        List<Token> slice = tokens.subList(first, i + 1);
        Span span = new Span(slice.get(0).start(), slice.get(slice.size() - 1).end());
        out.add(new Sentence(out.size(), paragraph, span, slice));
        first = i + 1;
        if (newParagraph) {
          paragraph++;
        }
      }
    }
    return out;
  }

  private static boolean endsSentence(List<Token> tokens, int i, Token next, String text) {
    Token t = tokens.get(i);
    String k = t.key();
    boolean terminal = k.equals(".") || k.equals("!") || k.equals("?");
    boolean closingQuote = (k.equals("\"") || k.equals("'") || k.equals(")")) && i > 0
        && isTerminal(tokens.get(i - 1).key());
    if (!terminal && !closingQuote) {
      return false;
    }
    if (t.end() == next.start()) {
      return false; // no space after the mark
    }
    if (k.equals(".") && i > 0) {
      Token prev = tokens.get(i - 1);
      if (prev.end() == t.start() && prev.isWord()
          && (ABBREVIATIONS.contains(prev.key()) || (prev.raw().length() == 1 && prev.capitalised()))) {
        return false;
      }
    }
    return next.capitalised() || next.kind() == Token.Kind.NUMBER
        || next.key().equals("\"") || next.key().equals("[") || next.key().equals("(")
        || next.key().equals("'");
  }

  private static boolean isTerminal(String k) {
    return k.equals(".") || k.equals("!") || k.equals("?");
  }

  private static boolean blankLineBetween(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
        if (newlines >= 2) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
