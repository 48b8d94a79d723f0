package org.vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  // nodes are numbers, 0 the root; the edges of all of them are one table (see TrieEdges)
  private final TrieEdges edges = new TrieEdges();
  /** The values of each node, null for a node that ends no phrase. */
  private final List<List<T>> values = new ArrayList<>(List.of(new ArrayList<>(1)));
  private int size;

  /** Adds a phrase; phrases that tokenise to nothing are ignored. */
  public PhraseTrie<T> add(String phrase, T value) {
    int n = 0;
    int depth = 0;
    for (Token t : Tokenizer.tokenize(phrase)) {
      if (skippable(t)) {
        continue;
      }
      int child = edges.child(n, t.key());
      if (child < 0) {
        child = values.size();
        values.add(null);
        edges.put(n, t.key(), child);
      }
      n = child;
      depth++;
    }
    if (depth == 0) {
      return this;
    }
    if (values.get(n) == null) {
      values.set(n, new ArrayList<>(1));
    }
    if (!values.get(n).contains(value)) {
      values.get(n).add(value);
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
      List<Match<T>> here = null; // most tokens start no phrase: no list for them
      int n = 0;
      int j = i;
      while (j < tokens.size()) {
        Token t = tokens.get(j);
        if (skippable(t) && j > i) {
          j++;
          continue;
        }
        n = edges.child(n, t.key());
        if (n < 0) {
          break;
        }
        j++;
        List<T> ends = values.get(n);
        for (int e = 0; ends != null && e < ends.size(); e++) { // no iterator: most nodes end no phrase
          T v = ends.get(e);
          Span span = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
          Match<T> m = new Match<>(i, j, span, v);
          if (accept.test(m, tokens)) {
            if (here == null) {
              here = new ArrayList<>(2);
            }
            here.add(0, m);
          }
        }
      }
      if (here != null) {
        out.addAll(here);
      }
    }
    return out;
  }

  /** Matches that do not overlap, preferring the longest and then the earliest. */
  public static <T> List<Match<T>> longestNonOverlapping(List<Match<T>> matches) {
    List<Match<T>> sorted = new ArrayList<>(matches);
    sorted.sort((a, b) -> a.span().length() != b.span().length()
        ? Integer.compare(b.span().length(), a.span().length())
        : Integer.compare(a.span().start(), b.span().start()));
    // kept spans never overlap unless equal, so only the nearest kept span on each side can
    TreeMap<Integer, List<Match<T>>> kept = new TreeMap<>();
    for (Match<T> m : sorted) {
      if (free(kept, m)) {
        kept.computeIfAbsent(m.span().start(), k -> new ArrayList<>(1)).add(m);
      }
    }
    List<Match<T>> out = new ArrayList<>();
    kept.values().forEach(out::addAll);
    return out;
  }

  /** A match overlaps no kept span, or has the very span of kept matches of other values. */
  private static <T> boolean free(TreeMap<Integer, List<Match<T>>> kept, Match<T> m) {
    Map.Entry<Integer, List<Match<T>>> before = kept.floorEntry(m.span().start());
    if (before != null) {
      Span k = before.getValue().get(0).span();
      if (k.equals(m.span())) {
        return before.getValue().stream().noneMatch(x -> x.value().equals(m.value()));
      }
      if (k.overlaps(m.span())) {
        return false;
      }
    }
    Map.Entry<Integer, List<Match<T>>> after = kept.higherEntry(m.span().start());
    return after == null || after.getKey() >= m.span().end();
  }

  private static boolean skippable(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.key().equals("-") || t.key().equals("'"));
  }
}
