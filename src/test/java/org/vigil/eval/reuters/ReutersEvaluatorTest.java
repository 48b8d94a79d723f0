package org.vigil.eval.reuters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;

class ReutersEvaluatorTest {

  @TempDir Path dir;

  /** Team-written stories in the collection's layout. */
  private Path stories() throws IOException {
    Path f = dir.resolve("stories.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"reuters-1\",\"title\":\"BOMB KILLS FOUR\",\"published\":\"1987-03-01\",\"text\":\"A bomb exploded in a "
            + "market in Karachi on Sunday, killing four people, police said.\"}",
        "{\"id\":\"reuters-2\",\"title\":\"GRAIN PRICES\",\"published\":\"1987-03-01\",\"text\":\"Wheat prices rose on "
            + "Monday after dry weather in Kansas.\"}",
        "{\"id\":\"reuters-3\",\"title\":\"GUNMEN KIDNAP ENGINEER\",\"published\":\"1987-03-01\",\"text\":\"Gunmen "
            + "kidnapped a German engineer in Beirut on Saturday, police said.\"}",
        "{\"id\":\"reuters-4\",\"title\":\"REBELS SEIZE TOWN\",\"published\":\"1987-03-01\",\"text\":\"Rebels ambushed "
            + "an army convoy near Jaffna on Friday and killed 12 soldiers, the military said.\"}") + "\n");
    return f;
  }

  @Test
  void precision_is_over_the_labelled_stories_the_engine_flags_and_recall_over_those_labelled_yes() throws IOException {
    StoryLabels labels = StoryLabels.parse("labels.tsv", "reuters-1\tno\taccident\nreuters-2\tno\tmarket\n"
        + "reuters-4\tyes\tattack\n");
    EvalResult r = new ReutersEvaluator(labels).evaluate(stories(), Fixtures.engine(), Sample.all());
    FieldResult f = r.field(ReutersEvaluator.FIELD).orElseThrow();
    assertThat(r.documents()).isEqualTo(4);
    assertThat(f.truePositives()).isEqualTo(1);
    assertThat(f.falsePositives()).isEqualTo(1);
    assertThat(f.falseNegatives()).isZero();
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.document()).isEqualTo("reuters-1");
      assertThat(e.expected()).isEqualTo("no: accident");
      assertThat(e.found()).isEqualTo("bombing");
    });
  }

  @Test
  void a_flagged_story_without_a_label_is_listed_by_id_so_that_it_can_be_labelled() throws IOException {
    EvalResult r = new ReutersEvaluator(StoryLabels.parse("labels.tsv", "reuters-1\tyes\tbombing\n"))
        .evaluate(stories(), Fixtures.engine(), Sample.all());
    assertThat(r.diagnostics()).extracting(Diagnostic::reason)
        .containsExactly(ReutersEvaluator.UNLABELLED + "reuters-3 (kidnapping; GUNMEN KIDNAP ENGINEER)",
            ReutersEvaluator.UNLABELLED + "reuters-4 (armed_assault; REBELS SEIZE TOWN)");
  }
}
