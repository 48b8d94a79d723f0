package org.vigil.eval.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.merge.MergeRules;
import org.vigil.store.Store;

/** The follow-up corpus comes out as one incident per real event, each with its latest toll. */
class FollowUpCorpusTest {

  @TempDir Path dir;

  @Test
  void the_bundled_corpus_has_the_size_the_measure_asks_for() {
    Corpus corpus = Corpus.bundled();
    assertThat(corpus.reports()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(corpus.events()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(corpus.allMentions().stream().map(Corpus.Mention::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("attack", "arrest", "plot", "threat");
  }

  @Test
  void reports_of_one_event_become_one_incident_with_the_latest_toll_and_different_events_stay_apart() {
    try (Store store = KnowledgeBase.open(dir)) {
      MergeScore score = new FollowUpEvaluation(store, KnowledgeBase.ENGINE, KnowledgeBase.REGISTRIES,
          MergeRules.defaults()).run(Corpus.bundled());

      assertThat(score.precision()).as("pairwise precision; errors: %s", score.errors()).isGreaterThanOrEqualTo(0.98);
      assertThat(score.recall()).as("pairwise recall; errors: %s", score.errors()).isGreaterThanOrEqualTo(0.95);
      assertThat(score.latestToll()).as("latest toll; errors: %s", score.errors()).isEqualTo(1.0);
    }
  }

  @Test
  void a_malformed_gold_line_names_the_file_and_what_was_expected() {
    assertThatThrownBy(() -> Corpus.parse("c/", "{\"id\":\"r1\",\"published\":\"2024-01-01\",\"text\":\"A bomb.\"}\n",
        "e1\t3\tan event\n", "r1\te1 attack later\n"))
        .hasMessage("c/gold.tsv: report r1: 'e1 attack later' is not 'EVENT KIND news|recall' with an event of events.tsv");
  }
}
