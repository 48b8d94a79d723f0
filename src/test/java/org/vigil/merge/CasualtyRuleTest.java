package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.merge.CasualtyRule.Decided;
import org.vigil.merge.CasualtyRule.Figure;

/** The casualty rule: most recent report, else majority, else lowest; qualifiers kept. */
class CasualtyRuleTest {

  private static JsonNode count(int value, String qualifier) {
    return JsonNodeFactory.instance.objectNode().put("value", value).put("qualifier", qualifier);
  }

  @Test
  void the_most_recent_report_gives_the_figure_with_its_qualifier() {
    var c = CasualtyRule.choose(List.of(new Figure(count(30, "exact"), "2024-03-10"),
        new Figure(count(17, "at_least"), "2024-03-12"), new Figure(count(12, "exact"), null)));
    assertThat(c.count()).isEqualTo(count(17, "at_least"));
    assertThat(c.rule()).isEqualTo(Decided.MOST_RECENT);
  }

  @Test
  void without_one_latest_report_the_majority_decides() {
    var c = CasualtyRule.choose(List.of(new Figure(count(9, "exact"), "2024-03-12"),
        new Figure(count(7, "exact"), "2024-03-12"), new Figure(count(7, "exact"), null)));
    assertThat(c.count().get("value").asInt()).isEqualTo(7);
    assertThat(c.rule()).isEqualTo(Decided.MAJORITY);
  }

  @Test
  void without_a_majority_the_lowest_figure_is_kept() {
    var c = CasualtyRule.choose(List.of(new Figure(count(9, "exact"), null), new Figure(count(4, "about"), null)));
    assertThat(c.count()).isEqualTo(count(4, "about"));
    assertThat(c.rule()).isEqualTo(Decided.LOWEST);
  }

  @Test
  void no_figure_gives_none() {
    assertThat(CasualtyRule.choose(List.of())).isNull();
  }
}
