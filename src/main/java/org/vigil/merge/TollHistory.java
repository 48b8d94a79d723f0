package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.store.SourceRow;

/**
 * How an incident's casualty figure came to be: every figure its sources gave, oldest report
 * first, which of them the rule chose (and which later increases it added), and the rule in
 * words. Built from the same figures {@link RecordMerger} merges, so it always agrees with the
 * stored record (before analysts' reviews). Immutable.
 *
 * @param field the casualty field: "killed", "wounded", ...
 * @param rule how the figure was chosen, in words; null when no source gave one
 */
public record TollHistory(String field, List<Entry> entries, @Nullable String rule) {

  public TollHistory {
    Objects.requireNonNull(field, "field");
    entries = List.copyOf(entries);
  }

  /**
   * One source's figure.
   *
   * @param increase the report only told of more deaths than before ("three more bodies")
   * @param counts the source counts for casualty figures (not a near-duplicate or a mention)
   * @param chosen the figure is the one the rule chose, or an increase added to it
   */
  public record Entry(long sourceId, @Nullable Long reportId, @Nullable String dataset, @Nullable String datasetRef,
      @Nullable String published, int value, String qualifier, boolean increase, boolean counts, boolean chosen) {}

  /** The history of {@code field} over the sources of one incident. */
  public static TollHistory of(List<SourceRow> sources, String field) {
    List<RecordMerger.Sourced> figures = RecordMerger.figures(sources, field);
    CasualtyRule.Choice choice = CasualtyRule.choose(figures.stream().map(RecordMerger.Sourced::figure).toList());
    List<Entry> entries = new ArrayList<>();
    for (SourceRow s : sources) {
      JsonNode cas = RecordMerger.parse(s.valuesJson()).path("casualties");
      add(entries, s, cas.get(field), false, figures, choice);
      if (field.equals("killed")) {
        add(entries, s, cas.get("killedAdded"), true, figures, choice);
      }
    }
    entries.sort(Comparator.comparing((Entry e) -> e.published() == null ? "" : e.published())
        .thenComparingLong(Entry::sourceId));
    return new TollHistory(field, entries, choice == null ? null : words(choice));
  }

  private static void add(List<Entry> entries, SourceRow s, @Nullable JsonNode count, boolean increase,
      List<RecordMerger.Sourced> figures, CasualtyRule.@Nullable Choice choice) {
    if (count == null || count.isNull()) {
      return;
    }
    boolean chosen = choice != null && figures.stream().anyMatch(f -> f.source() == s && f.figure().added() == increase
        && (f.figure() == choice.base() || choice.added().contains(f.figure())));
    boolean counted = figures.stream().anyMatch(f -> f.source() == s && f.figure().added() == increase);
    entries.add(new Entry(s.id(), s.reportId(), s.dataset(), s.datasetRef(), s.published(),
        count.path("value").asInt(), count.path("qualifier").asText("exact"), increase, counted, chosen));
  }

  private static String words(CasualtyRule.Choice c) {
    String base = switch (c.rule()) {
      case MOST_RECENT -> "the most recent report's figure";
      case MAJORITY -> "the figure most sources give (no one report is the latest)";
      case LOWEST -> "the lowest figure (no one report is the latest and no majority)";
      case ONLY -> "the only figure given";
      case INCREASES -> "the deaths reported as increases, added up (no total was given)";
    };
    int more = c.added().stream().mapToInt(CasualtyRule.Figure::value).sum();
    return c.rule() != CasualtyRule.Decided.INCREASES && more > 0
        ? base + ", plus " + more + " more reported dead since" : base;
  }
}
