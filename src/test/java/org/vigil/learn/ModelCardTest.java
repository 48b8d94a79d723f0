package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCardTest {

  @Test
  void a_card_says_what_the_model_learned_from_how_to_remake_it_and_how_it_scored() {
    Map<String, String> scores = new LinkedHashMap<>();
    scores.put("MUC-4 tst1 relevance F1", "71.2");
    scores.put("MUC-4 tst2 relevance F1", "70.4");
    ModelCard card = new ModelCard("relevance", "Decides whether a candidate incident is the report's own news.",
        List.of("none", "incident"), List.of("MUC-4 dev (1,300 messages)"), "vigil train relevance",
        "2026-12-06", "abc1234", LogisticTrainer.Settings.defaults(), scores, List.of("English only"));
    String md = card.markdown();
    assertThat(md).contains("# Model card: relevance", "`vigil train relevance`", "abc1234", "MUC-4 dev (1,300 messages)",
        "| MUC-4 tst1 relevance F1 | 71.2 |", "English only", "2^18 hashed features");
    assertThat(md.indexOf("tst1")).isLessThan(md.indexOf("tst2"));
  }
}
