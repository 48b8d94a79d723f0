package org.vigil.stix;

import org.jspecify.annotations.Nullable;

/**
 * One reason a bundle was not imported.
 *
 * @param source the file (or other source) the bundle came from
 * @param index the object's position in the bundle's {@code objects}, from 0; -1 for the
 *     bundle as a whole
 * @param id the object's id, when it has one
 * @param reason what is wrong, with the bad value and what was expected
 */
public record ImportProblem(String source, int index, @Nullable String id, String reason) {

  @Override
  public String toString() {
    if (index < 0) {
      return source + ": " + reason;
    }
    return source + ": object " + index + (id != null ? " (" + id + ")" : "") + ": " + reason;
  }
}
