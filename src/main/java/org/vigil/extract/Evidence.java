package org.vigil.extract;

/**
 * The words a field was read from.
 *
 * @param field the field's name ("type", "casualties.killed", "perpetrators", ...)
 * @param start offset into the report's text, inclusive
 * @param end offset into the report's text, exclusive
 * @param sourceStart offset into the original document (differs from start for HTML input)
 * @param sourceEnd offset into the original document, exclusive
 */
public record Evidence(String field, int start, int end, String text, int sourceStart, int sourceEnd) {

  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("evidence for " + field + " has bad offsets " + start + ".." + end);
    }
  }
}
