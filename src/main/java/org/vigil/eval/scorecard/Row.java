package org.vigil.eval.scorecard;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of the scoreboard.
 *
 * @param set the gold set's name
 * @param measure what is measured
 * @param figure the figure; null when it could not be measured
 * @param goal the target
 * @param note why there is no figure, or what the set was (documents, seconds)
 */
public record Row(String set, String measure, @Nullable Figure figure, Goal goal, String note) {

  /** Whether the row reaches its goal. */
  public enum Status { MET, BELOW, WATCHED, NOT_AVAILABLE }

  public Row {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(note, "note");
  }

  /** The figure, if there is one. */
  public Optional<Figure> findFigure() {
    return Optional.ofNullable(figure);
  }

  public Status status() {
    if (figure == null) {
      return Status.NOT_AVAILABLE;
    }
    if (goal.minimum() == null) {
      return Status.WATCHED;
    }
    return goal.met(figure.percent()) ? Status.MET : Status.BELOW;
  }
}
