package org.vigil.eval.muc4;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.GoldEntity;

/**
 * One answer-key template. A message the coders found irrelevant has one empty template
 * ({@code 1. MESSAGE: TEMPLATE *}).
 *
 * @param messageId the id of the message it codes, e.g. {@code DEV-MUC3-0001}
 * @param line where it starts in its file
 * @param empty true for the irrelevant-message template
 * @param optional true when the coders marked the whole template optional
 * @param types the incident type, with alternatives ("BOMBING / ATTACK"); empty when empty
 * @param stages the stage of execution, with alternatives; empty when empty
 * @param roles the string fillers of each role; every role is present, maybe with no entity
 */
public record KeyTemplate(String messageId, int line, boolean empty, boolean optional,
    List<String> types, List<String> stages, Map<Role, List<GoldEntity>> roles) {

  public KeyTemplate {
    Objects.requireNonNull(messageId, "messageId");
    types = List.copyOf(types);
    stages = List.copyOf(stages);
    Map<Role, List<GoldEntity>> copy = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      copy.put(r, List.copyOf(roles.getOrDefault(r, List.of())));
    }
    roles = Map.copyOf(copy);
    if (empty && (!types.isEmpty() || copy.values().stream().anyMatch(l -> !l.isEmpty()))) {
      throw new IllegalArgumentException("empty template of " + messageId + " (line " + line
          + ") has fillers");
    }
  }

  /** The first incident type, or null for an empty template. */
  public @Nullable String type() {
    return types.isEmpty() ? null : types.get(0);
  }

  /** The first stage of execution, or null for an empty template. */
  public @Nullable String stage() {
    return stages.isEmpty() ? null : stages.get(0);
  }
}
