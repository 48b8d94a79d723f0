package org.vigil.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The first tokens of a list of matches sorted by first token, so that the matches starting in
 * a token range are found by binary search instead of by reading the whole list: the rules ask
 * for them once per clause, and a scan per question made their work grow with the square of
 * the text. Immutable.
 */
final class TokenIndex {

  private final int[] first;

  private TokenIndex(int[] first) {
    this.first = first;
  }

  /**
   * @throws IllegalArgumentException when the items are not sorted by first token (an
   *     extractor bug: every list of matches is built in text order)
   */
  static <T> TokenIndex of(List<T> items, ToIntFunction<T> firstToken, String what) {
    int[] first = new int[items.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = firstToken.applyAsInt(items.get(i));
      if (i > 0 && first[i] < first[i - 1]) {
        throw new IllegalArgumentException(what + " are not in text order: item " + i + " starts at token "
            + first[i] + ", before item " + (i - 1) + " at token " + first[i - 1]);
      }
    }
    return new TokenIndex(first);
  }

  /** Index of the first item whose first token is {@code token} or later; the list's size if none. */
  int from(int token) {
    int lo = 0;
    int hi = first.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (first[mid] < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The items whose first token is in {@code [from, to)}, as a view of {@code items}. */
  <T> List<T> within(List<T> items, int from, int to) {
    int a = from(from);
    return items.subList(a, Math.max(a, from(to)));
  }
}
