package org.vigil.eval;

import java.util.Objects;

/**
 * One disagreement between the engine and the human coding.
 *
 * @param document the gold record's id (message id, event id, row)
 * @param field the scored field
 * @param snippet the start of the document's text, for reading the case
 * @param expected what the coders wrote ("(none)" when nothing)
 * @param found what the engine gave ("(none)" when nothing)
 */
public record ErrorCase(String document, String field, String snippet, String expected, String found) {

  public ErrorCase {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
  }
}
