package org.vigil.eval;

import java.util.Locale;
import java.util.Optional;
import org.vigil.eval.acled.AcledEvaluator;
import org.vigil.eval.gtd.GtdEvaluator;
import org.vigil.eval.muc4.Muc4Evaluator;
import org.vigil.eval.reuters.ReutersEvaluator;
import org.vigil.eval.reuters.StoryLabels;
import org.vigil.eval.team.TeamReportsEvaluator;
import org.vigil.eval.wikievents.WikiEventsEvaluator;
import org.vigil.registry.Registries;

/** The gold layouts {@code vigil eval} reads, by name. */
public enum Formats {
  GTD, ACLED, MUC4, VIGIL, REUTERS, WIKIEVENTS;

  /** The evaluator of this layout; group names are compared through {@code registries}. */
  public Evaluator evaluator(Registries registries) {
    return switch (this) {
      case GTD -> new GtdEvaluator(registries);
      case ACLED -> new AcledEvaluator(registries);
      case MUC4 -> new Muc4Evaluator();
      case VIGIL -> new TeamReportsEvaluator(registries);
      case REUTERS -> new ReutersEvaluator(StoryLabels.bundled());
      case WIKIEVENTS -> new WikiEventsEvaluator();
    };
  }

  /** The layout with this name, ignoring case. */
  public static Optional<Formats> named(String name) {
    for (Formats f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every layout's name, for messages: "gtd, acled, ..., reuters or wikievents". */
  public static String choices() {
    java.util.List<String> names = java.util.Arrays.stream(values()).map(Formats::label).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** The lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
