package org.vigil.eval.scorecard;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;

/**
 * One row of the scoreboard: a figure read from an evaluation's result, and its goal.
 *
 * @param label what is measured ("killed exact")
 * @param field the field of the result it is read from, named when it is missing
 * @param goal the target
 * @param reader the figure, empty when the result does not score the field
 */
public record Measure(String label, String field, Goal goal, Function<EvalResult, Optional<Figure>> reader) {

  public Measure {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(reader, "reader");
  }

  /** The field's accuracy: true positives over the coders' values. */
  public static Measure accuracy(String label, String field, Goal goal) {
    return new Measure(label, field, goal, r -> r.field(field).filter(f -> f.expected() > 0)
        .map(f -> new Figure(100 * f.accuracy(), f.truePositives() + "/" + f.expected())));
  }

  /** The field's F1, with its precision and recall as the detail. */
  public static Measure f1(String label, String field, Goal goal) {
    return new Measure(label, field, goal, r -> r.field(field).filter(Measure::scored)
        .map(f -> new Figure(100 * f.f1(), String.format(Locale.ROOT, "P %.1f R %.1f", 100 * f.precision(),
            100 * f.recall()))));
  }

  /** The field's precision: true positives over what the engine gave. */
  public static Measure precision(String label, String field, Goal goal) {
    return new Measure(label, field, goal, r -> r.field(field).filter(f -> f.truePositives() + f.falsePositives() > 0)
        .map(f -> new Figure(100 * f.precision(), f.truePositives() + "/" + (f.truePositives() + f.falsePositives()))));
  }

  /** The field's recall: true positives over the coders' positive values. */
  public static Measure recall(String label, String field, Goal goal) {
    return new Measure(label, field, goal, r -> r.field(field).filter(f -> f.truePositives() + f.falseNegatives() > 0)
        .map(f -> new Figure(100 * f.recall(), f.truePositives() + "/" + (f.truePositives() + f.falseNegatives()))));
  }

  /** True positives over the coders' values, summed over every field of the result. */
  public static Measure allFields(String label, Goal goal) {
    return new Measure(label, "every field", goal, r -> {
      int tp = r.fields().stream().mapToInt(FieldResult::truePositives).sum();
      int expected = r.fields().stream().mapToInt(FieldResult::expected).sum();
      return expected == 0 ? Optional.empty() : Optional.of(new Figure(100.0 * tp / expected, tp + "/" + expected));
    });
  }

  private static boolean scored(FieldResult f) {
    return f.truePositives() + f.falsePositives() + f.falseNegatives() > 0;
  }
}
