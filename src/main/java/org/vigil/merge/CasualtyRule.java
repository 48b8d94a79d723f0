package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * than half agree; else the lowest. An "at least" below another source's figure only bounds that
 * figure and takes no part in the vote. The chosen figure keeps its qualifier ("at least"). Reports
 * published after it that only tell of more deaths ("three more bodies were found") add to it;
 * with no total at all, the increases add up to an "at least".
 */
final class CasualtyRule {

  /**
   * One source's figure ({@code {"value","qualifier"}}) and its publication date (ISO, or null).
   *
   * @param added the figure is an increase over an earlier toll, not a total
   */
  record Figure(JsonNode count, @Nullable String published, boolean added) {
    Figure {
      Objects.requireNonNull(count, "count");
    }

    Figure(JsonNode count, @Nullable String published) {
      this(count, published, false);
    }

    int value() {
      return count.path("value").asInt();
    }
  }

  /** Which rule decided, for the explanation. */
  enum Decided { MOST_RECENT, MAJORITY, LOWEST, ONLY, INCREASES }

  /**
   * The figure chosen.
   *
   * @param base the total the figure starts from (null when only increases were reported)
   * @param added the increases reported after it, added to it
   */
  record Choice(JsonNode count, Decided rule, @Nullable Figure base, List<Figure> added) {
    Choice {
      added = List.copyOf(added);
    }
  }

  private CasualtyRule() {}

  static @Nullable Choice choose(List<Figure> figures) {
    List<Figure> totals = figures.stream().filter(f -> !f.added()).toList();
    List<Figure> increases = figures.stream().filter(Figure::added).toList();
    Choice base = chooseTotal(totals);
    if (base == null) {
      return increases.isEmpty() ? null
          : new Choice(count(increases.stream().mapToInt(Figure::value).sum(), "at_least"), Decided.INCREASES, null,
              increases);
    }
    String since = base.base().published();
    List<Figure> later = since == null ? List.of()
        : increases.stream().filter(f -> f.published() != null && f.published().compareTo(since) > 0).toList();
    if (later.isEmpty()) {
      return base;
    }
    int value = base.count().path("value").asInt() + later.stream().mapToInt(Figure::value).sum();
    return new Choice(count(value, base.count().path("qualifier").asText("exact")), base.rule(), base.base(), later);
  }

  private static @Nullable Choice chooseTotal(List<Figure> figures) {
    if (figures.isEmpty()) {
      return null;
    }
    if (figures.size() == 1) {
      return choice(figures.get(0), Decided.ONLY);
    }
    List<Figure> dated = new ArrayList<>(figures.stream().filter(f -> f.published() != null).toList());
    if (!dated.isEmpty()) {
      dated.sort(Comparator.comparing(Figure::published).reversed());
      if (dated.size() == 1 || !dated.get(0).published().equals(dated.get(1).published())) {
        return choice(dated.get(0), Decided.MOST_RECENT);
      }
    }
    List<Figure> firm = figures.stream().filter(f -> !exceeded(f, figures)).toList();
    if (firm.size() < figures.size()) {
      return chooseTotal(firm);
    }
    Map<Integer, Integer> votes = new HashMap<>();
    for (Figure f : figures) {
      votes.merge(f.value(), 1, Integer::sum);
    }
    for (Figure f : figures) {
      if (votes.get(f.value()) * 2 > figures.size()) {
        return choice(f, Decided.MAJORITY);
      }
    }
    return choice(figures.stream().min(Comparator.comparingInt(Figure::value)).orElseThrow(), Decided.LOWEST);
  }

  /**
   * An "at least N" that another source's higher figure does not contradict but refines: "at
   * least four killed" and "nine killed" the same day are one toll, nine, not a disagreement.
   */
  private static boolean exceeded(Figure f, List<Figure> figures) {
    return f.count().path("qualifier").asText("exact").equals("at_least")
        && figures.stream().anyMatch(o -> o != f && o.value() > f.value());
  }

  private static Choice choice(Figure f, Decided rule) {
    return new Choice(f.count(), rule, f, List.of());
  }

  private static JsonNode count(int value, String qualifier) {
    return JsonNodeFactory.instance.objectNode().put("value", value).put("qualifier", qualifier);
  }
}
