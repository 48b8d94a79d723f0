package org.vigil.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An enum written in lower case in JSON and on the command line ("foiled_plot", "at_least"). */
public interface Labelled {

  /** The constant's name, as every enum has it. */
  String name();

  /**
   * The lower-case name used in JSON and on the command line; an enum's is made once per
   * constant, not per call (the role features read the incident's type for every candidate).
   */
  @JsonValue
  default String label() {
    return this instanceof Enum<?> e ? ByLabel.LABELS.get(e.getDeclaringClass())[e.ordinal()]
        : name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} with this label, if any. */
  static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String label) {
    return Optional.ofNullable(type.cast(ByLabel.OF.get(type).get(label)));
  }

  /** Each enum's constants by label, built once per enum: the engine looks types up for every clause. */
  final class ByLabel {
    /** Each enum's labels by ordinal. */
    static final ClassValue<String[]> LABELS = new ClassValue<>() {
      @Override
      protected String[] computeValue(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String[] out = new String[constants.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
        }
        return out;
      }
    };

    static final ClassValue<Map<String, Object>> OF = new ClassValue<>() {
      @Override
      protected Map<String, Object> computeValue(Class<?> type) {
        Map<String, Object> out = new HashMap<>();
        for (Object e : type.getEnumConstants()) {
          out.put(((Labelled) e).label(), e);
        }
        return Map.copyOf(out);
      }
    };

    private ByLabel() {}
  }
}
