package org.vigil.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Finds phrases in a token sequence in one pass: a trie over token keys, walked from every
 * token. Hyphens and apostrophes are skipped on both sides, so "al-Shabaab", "al Shabaab" and
 * "Workers' Party" / "Workers Party" match alike. Immutable once built; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseTrie<T> {

  /** A phrase found in the text. */
  public record Match<T>(int firstToken, int endToken, Span span, T value) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
  }

  private final Node<T> root = new Node<>();
  private int size;

  /** Adds a phrase; phrases that tokenise to nothing are ignored. */
  public PhraseTrie<T> add(String phrase, T value) {
    Node<T> n = root;
    int depth = 0;
    for (Token t : Tokenizer.tokenize(phrase)) {
      if (skippable(t)) {
        continue;
      }
      n = n.next.computeIfAbsent(t.key(), k -> new Node<>());
      depth++;
    }
    if (depth > 0 && !n.values.contains(value)) {
      n.values.add(value);
      size++;
    }
    return this;
  }

  public int size() {
    return size;
  }

  /**
   * Every match, longest first at each start; {@code accept} may veto a match (for example a
   * case-sensitive acronym written in lower case).
   */
  public List<Match<T>> findAll(List<Token> tokens, BiPredicate<Match<T>, List<Token>> accept) {
    List<Match<T>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (skippable(tokens.get(i)) || tokens.get(i).kind() == Token.Kind.PUNCT) {
        continue;
      }
      List<Match<T>> here = new ArrayList<>(2);
      Node<T> n = root;
      int j = i;
      while (j < tokens.size()) {
        Token t = tokens.get(j);
        if (skippable(t) && j > i) {
          j++;
          continue;
        }
        n = n.next.get(t.key());
        if (n == null) {
          break;
        }
        j++;
        for (T v : n.values) {
          Span span = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
          Match<T> m = new Match<>(i, j, span, v);
          if (accept.test(m, tokens)) {
            here.add(0, m);
          }
        }
      }
      out.addAll(here);
    }
    return out;
  }

  /** Matches that do not overlap, preferring the longest and then the earliest. */
  public static <T> List<Match<T>> longestNonOverlapping(List<Match<T>> matches) {
    List<Match<T>> sorted = new ArrayList<>(matches);
    sorted.sort((a, b) -> a.span().length() != b.span().length()
        ? Integer.compare(b.span().length(), a.span().length())
        : Integer.compare(a.span().start(), b.span().start()));
    List<Match<T>> kept = new ArrayList<>();
    for (Match<T> m : sorted) {
      boolean free = true;
      for (Match<T> k : kept) {
        if (k.span().overlaps(m.span()) && !(k.span().equals(m.span()))) {
          free = false;
          break;
        }
        if (k.span().equals(m.span()) && k.value().equals(m.value())) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(m);
      }
    }
    kept.sort((a, b) -> a.span().compareTo(b.span()));
    return kept;
  }

  private static boolean skippable(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.key().equals("-") || t.key().equals("'"));
  }
}
