package org.vigil.eval;

import java.util.List;

/**
 * One entity of a role in the human coding, with every way the text names it ("FARABUNDO MARTI
 * NATIONAL LIBERATION FRONT" / "FMLN").
 *
 * @param mentions the alternative strings, at least one
 * @param optional true when the coders marked the filler optional ({@code ?}): matching it earns
 *     credit, missing it costs nothing
 */
public record GoldEntity(List<String> mentions, boolean optional) {

  public GoldEntity {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a gold entity needs at least one mention");
    }
  }

  /** A required entity with these mentions. */
  public static GoldEntity of(String... mentions) {
    return new GoldEntity(List.of(mentions), false);
  }

  /** True when {@code predicted} names this entity, after {@link Text#normalize}. */
  public boolean matches(String predicted) {
    String p = Text.normalize(predicted);
    return !p.isEmpty() && mentions.stream().anyMatch(m -> Text.normalize(m).equals(p));
  }
}
