package org.vigil.eval.muc4;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message of the corpus.
 *
 * @param id the message id as in the keys, e.g. {@code DEV-MUC3-0001}
 * @param text the message without its header line
 * @param published the dateline's date ("SAN SALVADOR, 3 JAN 90 --"); null when there is none
 */
public record MucMessage(String id, String text, @Nullable LocalDate published) {

  public MucMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("message id must not be blank");
    }
  }
}
