package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** An enum written in lower case in JSON and on the command line ("foiled_plot", "at_least"). */
public interface Labelled {

  /** The constant's name, as every enum has it. */
  String name();

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  default String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} with this label, if any. */
  static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String label) {
    for (E e : type.getEnumConstants()) {
      if (e.label().equals(label)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
