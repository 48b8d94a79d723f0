package org.vigil.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The tokens that some matches cover, built once per report so that "is this token inside a
 * name?" costs one look-up instead of a scan of every name. Immutable once built.
 */
final class TokenCoverage {

  private final boolean[] covered;

  private TokenCoverage(boolean[] covered) {
    this.covered = covered;
  }

  /** The tokens in {@code [first(item), end(item))} of any item, among {@code tokens} tokens. */
  static <T> TokenCoverage of(int tokens, List<T> items, ToIntFunction<T> first, ToIntFunction<T> end) {
    boolean[] covered = new boolean[tokens];
    for (T item : items) {
      int a = Math.min(first.applyAsInt(item), tokens);
      Arrays.fill(covered, a, Math.max(a, Math.min(end.applyAsInt(item), tokens)), true);
    }
    return new TokenCoverage(covered);
  }

  /** The tokens covered here or there. */
  TokenCoverage or(TokenCoverage other) {
    boolean[] both = covered.clone();
    for (int i = 0; i < both.length && i < other.covered.length; i++) {
      both[i] |= other.covered[i];
    }
    return new TokenCoverage(both);
  }

  boolean at(int token) {
    return token >= 0 && token < covered.length && covered[token];
  }

  /** True when one of tokens {@code [first, end)} is covered. */
  boolean any(int first, int end) {
    for (int i = Math.max(0, first); i < end && i < covered.length; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }
}
