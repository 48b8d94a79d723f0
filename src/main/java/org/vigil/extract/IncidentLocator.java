package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;

/**
 * Chooses where one incident happened among the places its report names. The seam between
 * assembling an incident and geocoding it: the assembler asks, the locator answers with one of
 * {@code doc.places} or null. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
interface IncidentLocator {

  /**
   * The place of incident {@code d} in {@code doc}, given all the report's incidents
   * ({@code all}, which include {@code d}); null when the text gives it none.
   */
  @Nullable ResolvedPlace locate(Doc doc, Draft d, List<Draft> all);

  /** The default rule: {@link ClauseLocator}. */
  static IncidentLocator standard() {
    return ClauseLocator.INSTANCE;
  }
}
