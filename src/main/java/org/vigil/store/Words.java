package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a search query: letters and digits only, lower case, at most 32 of them. */
final class Words {

  /** Longest query the search accepts, in words ({@code search.max-words}). */
  static final int MAX_WORDS = 32;

  private Words() {}

  static List<String> of(String query) {
    List<String> out = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && out.size() < MAX_WORDS) {
        out.add(w);
      }
    }
    return out;
  }
}
