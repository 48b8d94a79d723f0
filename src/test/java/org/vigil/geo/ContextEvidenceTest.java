package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEvidenceTest {

  @Test
  void a_place_named_again_takes_its_evidence_from_its_first_mention_and_other_places_do_not() {
    Gazetteer g = Gazetteer.loadDefault();
    String text = "Troops clashed with rebels near Kidal. In Gao, and later in Kidal, the army said it held the town.";
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Mention> mentions = new MentionFinder(g).find(text, tokens, false);
    ContextEvidence evidence = new ContextEvidence(mentions, new ScoringBasis(g, text, tokens, mentions, false).facts);
    assertThat(mentions).extracting(m -> text.substring(tokens.get(m.first()).start(), tokens.get(m.last() - 1).end()))
        .containsExactly("Kidal", "Gao", "Kidal");
    assertThat(evidence.sameAs(0)).isEqualTo(-1);
    assertThat(evidence.sameAs(1)).isEqualTo(-1);
    assertThat(evidence.sameAs(2)).isZero();
  }
}
