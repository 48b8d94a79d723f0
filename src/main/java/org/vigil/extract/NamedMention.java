package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Named;
import org.vigil.text.Span;

/**
 * A registry entry, or a group recognised from context only, found in the text.
 *
 * @param entry the registry entry; null for a group the registry lacks
 * @param name canonical name (the mention itself for an unregistered group)
 */
record NamedMention<T extends Named>(@Nullable T entry, String name, int first, int end, Span span) {

  /**
   * True when a name contains the span ({@code strictly}: and is not the span itself). Names come
   * sorted and never overlap unless equal, so only the last one starting at or before it can.
   */
  static boolean contain(List<? extends NamedMention<?>> names, Span span, boolean strictly) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).span().start() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Span last = lo == 0 ? null : names.get(lo - 1).span();
    return last != null && last.contains(span) && !(strictly && last.equals(span));
  }
}
