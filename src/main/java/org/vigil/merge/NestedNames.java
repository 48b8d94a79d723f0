package org.vigil.merge;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Groups one of whose names holds the other's, word for word: "Taliban" and "Tehrik-i-Taliban
 * Pakistan", "Islamic State" and "Islamic State West Africa Province". Reports name the one
 * for the other so often that two mentions naming them are not thereby different events; nor
 * are they the same group. Stateless.
 */
final class NestedNames {

  private NestedNames() {}

  /** Some group of {@code a} and some of {@code b} have nested names. */
  static boolean any(Set<String> a, Set<String> b, UnaryOperator<String> name) {
    for (String x : a) {
      for (String y : b) {
        if (nested(words(name.apply(x)), words(name.apply(y)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nested(List<String> x, List<String> y) {
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    return !shorter.isEmpty() && Collections.indexOfSubList(longer, shorter) >= 0;
  }

  private static List<String> words(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }
}
