package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The casualty figure of an incident reported differently by several sources, following the
 * Global Terrorism Database's practice: the figure of the most recent report (by publication
 * date, when one report is strictly the latest); else the figure most sources give, when more
 * than half agree; else the lowest. The chosen figure keeps its qualifier ("at least").
 */
final class CasualtyRule {

  /** One source's figure ({@code {"value","qualifier"}}) and its publication date (ISO, or null). */
  record Figure(JsonNode count, @Nullable String published) {
    Figure {
      Objects.requireNonNull(count, "count");
    }

    int value() {
      return count.path("value").asInt();
    }
  }

  /** Which rule decided, for the explanation. */
  enum Decided { MOST_RECENT, MAJORITY, LOWEST, ONLY }

  record Choice(JsonNode count, Decided rule) {}

  private CasualtyRule() {}

  static @Nullable Choice choose(List<Figure> figures) {
    if (figures.isEmpty()) {
      return null;
    }
    if (figures.size() == 1) {
      return new Choice(figures.get(0).count(), Decided.ONLY);
    }
    List<Figure> dated = new ArrayList<>(figures.stream().filter(f -> f.published() != null).toList());
    if (!dated.isEmpty()) {
      dated.sort(Comparator.comparing(Figure::published).reversed());
      if (dated.size() == 1 || !dated.get(0).published().equals(dated.get(1).published())) {
        return new Choice(dated.get(0).count(), Decided.MOST_RECENT);
      }
    }
    Map<Integer, Integer> votes = new HashMap<>();
    for (Figure f : figures) {
      votes.merge(f.value(), 1, Integer::sum);
    }
    for (Figure f : figures) {
      if (votes.get(f.value()) * 2 > figures.size()) {
        return new Choice(f.count(), Decided.MAJORITY);
      }
    }
    Figure lowest = figures.stream().min(Comparator.comparingInt(Figure::value)).orElseThrow();
    return new Choice(lowest.count(), Decided.LOWEST);
  }
}
